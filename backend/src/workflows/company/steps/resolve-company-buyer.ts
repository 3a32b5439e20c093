import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type BuyerRole, buyerChangeRefusal } from "../../../domain/company-buyers"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const resolveCompanyBuyerStepId = "ordo-resolve-company-buyer"

/**
 * A buyer of the company (404 for another company's) and whether the change may go ahead
 * (domain/company-buyers.ts: at least one admin stays, nobody removes themselves). Reads only.
 */
export const resolveCompanyBuyerStep = createStep(
  resolveCompanyBuyerStepId,
  async (
    input: {
      company_id: string
      buyer_id: string
      change: { remove: true; actor_customer_id: string | null } | { remove?: false; role?: BuyerRole }
    },
    { container },
  ) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [buyer] = (await companies.listCompanyBuyers({
      id: input.buyer_id,
      company_id: input.company_id,
    } as any)) as any[]
    if (!buyer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Buyer with id: ${input.buyer_id} was not found`)
    const admins = (await companies.listCompanyBuyers({ company_id: input.company_id, role: "admin" } as any)).length
    const refusal = buyerChangeRefusal(buyer, input.change, admins)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    const {
      data: [company],
    } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "company", fields: ["customer_group.id"], filters: { id: input.company_id } })
    return new StepResponse({
      buyer: { id: buyer.id as string, customer_id: buyer.customer_id as string, role: buyer.role as string },
      group_id: ((company as any)?.customer_group?.id as string) ?? null,
    })
  },
)
