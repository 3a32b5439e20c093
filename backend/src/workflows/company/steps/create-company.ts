import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export type NewCompany = {
  legal_name: string
  aliases?: string[]
  tax_id?: string
  currency_code: string
  locale?: "en" | "zh-CN"
  /** The sales rep who owns it from the start (a rep opening a customer of their own). */
  sales_rep_id?: string | null
}

export const createCompanyStepId = "ordo-create-company"

/** A company record; compensation deletes it. */
export const createCompanyStep = createStep(
  createCompanyStepId,
  async (input: NewCompany, { container }) => {
    const company = await container.resolve<CompanyModuleService>(COMPANY_MODULE).createCompanies({
      legal_name: input.legal_name,
      aliases: input.aliases ?? [],
      tax_id: input.tax_id ?? null,
      currency_code: input.currency_code,
      locale: input.locale ?? "en",
      sales_rep_id: input.sales_rep_id ?? null,
    } as any)
    return new StepResponse(company, company.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCompanies(id)
  },
)
