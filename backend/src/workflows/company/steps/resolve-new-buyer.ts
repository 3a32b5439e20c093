import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const resolveNewBuyerStepId = "ordo-resolve-new-buyer"

/**
 * The customer to attach and the company's price group: refuses an unknown customer, one who
 * already buys for a company, and an unknown company. Reads only.
 */
export const resolveNewBuyerStep = createStep(
  resolveNewBuyerStepId,
  async (input: { company_id: string; customer_id: string }, { container }) => {
    const customer = await container
      .resolve(Modules.CUSTOMER)
      .retrieveCustomer(input.customer_id)
      .catch(() => undefined)
    if (!customer) throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: no such customer")
    const [already] = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listCompanyBuyers({ customer_id: input.customer_id } as any)
    if (already)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: this customer already buys for a company")
    const {
      data: [company],
    } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "company", fields: ["id", "customer_group.id"], filters: { id: input.company_id } })
    if (!company)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${input.company_id} was not found`)
    return new StepResponse({
      customer_id: customer.id,
      group_id: ((company as any).customer_group?.id as string) ?? null,
    })
  },
)
