import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const updateCompanyStepId = "ordo-update-company"

/**
 * Edits a company. At most one company is the retail account: naming a new one unmarks the
 * previous. Compensation puts every changed company back.
 */
export const updateCompanyStep = createStep(
  updateCompanyStepId,
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [before] = (await companies.listCompanies({ id: input.id })) as any[]
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${input.id} was not found`)
    const restore = [Object.fromEntries(["id", ...Object.keys(input)].map((k) => [k, before[k] ?? null]))]
    if (input.retail_default) {
      const others = await companies.listCompanies({ retail_default: true } as any, { select: ["id"] })
      const stale = others.filter((c) => c.id !== input.id)
      if (stale.length) {
        await companies.updateCompanies(stale.map((c) => ({ id: c.id, retail_default: false })) as any)
        restore.push(...stale.map((c) => ({ id: c.id, retail_default: true })))
      }
    }
    const company = await companies.updateCompanies(input as any)
    return new StepResponse(company, restore)
  },
  async (restore, { container }) => {
    if (restore?.length) await container.resolve<CompanyModuleService>(COMPANY_MODULE).updateCompanies(restore as any)
  },
)
