import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const createCompanyBuyerStepId = "ordo-create-company-buyer"

/** A customer becomes a buyer of a company with a role and spending limit; compensation removes them. */
export const createCompanyBuyerStep = createStep(
  createCompanyBuyerStepId,
  async (
    input: { company_id: string; customer_id: string; role: string; spending_limit?: string | null },
    { container },
  ) => {
    const buyer = await container.resolve<CompanyModuleService>(COMPANY_MODULE).createCompanyBuyers({
      company_id: input.company_id,
      customer_id: input.customer_id,
      role: input.role,
      spending_limit: input.spending_limit ?? null,
    } as any)
    return new StepResponse(buyer, buyer.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCompanyBuyers(id)
  },
)
