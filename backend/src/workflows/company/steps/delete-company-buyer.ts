import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const deleteCompanyBuyerStepId = "ordo-delete-company-buyer"

/** Removes a buyer from the company (their login stays); compensation puts the same buyer back. */
export const deleteCompanyBuyerStep = createStep(
  deleteCompanyBuyerStepId,
  async (buyerId: string, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [before] = (await companies.listCompanyBuyers({ id: buyerId } as any)) as any[]
    await companies.deleteCompanyBuyers(buyerId)
    return new StepResponse(buyerId, {
      id: before.id,
      company_id: before.company_id,
      customer_id: before.customer_id,
      role: before.role,
      spending_limit: before.spending_limit ?? null,
    })
  },
  async (before, { container }) => {
    if (before) await container.resolve<CompanyModuleService>(COMPANY_MODULE).createCompanyBuyers(before as any)
  },
)
