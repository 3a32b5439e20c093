import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const updateCompanyBuyerStepId = "ordo-update-company-buyer"

/** A buyer's role or spending limit; compensation restores them. */
export const updateCompanyBuyerStep = createStep(
  updateCompanyBuyerStepId,
  async (input: { id: string; role?: string; spending_limit?: string | null }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [before] = (await companies.listCompanyBuyers({ id: input.id } as any)) as any[]
    const buyer = await companies.updateCompanyBuyers(input as any)
    return new StepResponse(buyer, { id: before.id, role: before.role, spending_limit: before.spending_limit ?? null })
  },
  async (before, { container }) => {
    if (before) await container.resolve<CompanyModuleService>(COMPANY_MODULE).updateCompanyBuyers(before as any)
  },
)
