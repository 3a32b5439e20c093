import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../modules/company"
import { deleteCompanyBuyerStep } from "./steps/delete-company-buyer"
import { resolveCompanyBuyerStep } from "./steps/resolve-company-buyer"

/**
 * Removes a buyer from a company: they keep their login and past orders but can no longer act
 * for it, and leave its price group. An admin cannot remove themselves; an admin always remains.
 */
export const removeBuyerWorkflow = createWorkflow(
  "ordo-remove-buyer",
  (input: { company_id: string; buyer_id: string; actor_customer_id: string | null }) => {
    const found = resolveCompanyBuyerStep(
      transform({ input }, ({ input }) => ({
        company_id: input.company_id,
        buyer_id: input.buyer_id,
        change: { remove: true as const, actor_customer_id: input.actor_customer_id },
      })),
    )
    dismissRemoteLinkStep(
      transform({ found }, ({ found }) => [
        {
          [COMPANY_MODULE]: { company_buyer_id: found.buyer.id },
          [Modules.CUSTOMER]: { customer_id: found.buyer.customer_id },
        },
      ]),
    )
    deleteCompanyBuyerStep(transform({ found }, ({ found }) => found.buyer.id))
    when("ordo-buyer-leave-group", { found }, ({ found }) => !!found.group_id).then(() => {
      linkCustomersToCustomerGroupStep(
        transform({ found }, ({ found }) => ({ id: found.group_id as string, remove: [found.buyer.customer_id] })),
      )
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => input.buyer_id))
  },
)
