import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import type { BuyerRole } from "../../domain/company-buyers"
import { COMPANY_MODULE } from "../../modules/company"
import { createCompanyBuyerStep } from "./steps/create-company-buyer"
import { resolveNewBuyerStep } from "./steps/resolve-new-buyer"

export type AddBuyerInput = { company_id: string; customer_id: string; role: BuyerRole; spending_limit?: string | null }

/**
 * A customer (one who signed up alone, or an accepted invitee) becomes a buyer of a company with
 * a role and spending limit, linked to their customer record and put in the company's price group.
 */
export const addBuyerWorkflow = createWorkflow("ordo-add-buyer", (input: AddBuyerInput) => {
  const found = resolveNewBuyerStep(input)
  const buyer = createCompanyBuyerStep(input)
  createRemoteLinkStep(
    transform({ buyer }, ({ buyer }) => [
      { [COMPANY_MODULE]: { company_buyer_id: buyer.id }, [Modules.CUSTOMER]: { customer_id: buyer.customer_id } },
    ]),
  )
  when("ordo-buyer-price-group", { found }, ({ found }) => !!found.group_id).then(() => {
    linkCustomersToCustomerGroupStep(
      transform({ found }, ({ found }) => ({ id: found.group_id as string, add: [found.customer_id] })),
    )
  })
  return new WorkflowResponse(buyer)
})
