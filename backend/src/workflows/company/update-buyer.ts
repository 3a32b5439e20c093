import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BuyerRole } from "../../domain/company-buyers"
import { resolveCompanyBuyerStep } from "./steps/resolve-company-buyer"
import { updateCompanyBuyerStep } from "./steps/update-company-buyer"

/** A buyer's role or spending limit (null: none), by staff or the company's admin; an admin always remains. */
export const updateBuyerWorkflow = createWorkflow(
  "ordo-update-buyer",
  (input: { company_id: string; buyer_id: string; role?: BuyerRole; spending_limit?: string | null }) => {
    resolveCompanyBuyerStep(
      transform({ input }, ({ input }) => ({
        company_id: input.company_id,
        buyer_id: input.buyer_id,
        change: { role: input.role },
      })),
    )
    const buyer = updateCompanyBuyerStep(
      transform({ input }, ({ input }) => {
        const { company_id: _c, buyer_id, ...patch } = input
        return { id: buyer_id, ...patch }
      }),
    )
    return new WorkflowResponse(buyer)
  },
)
