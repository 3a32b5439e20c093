import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reRecordOrdersStep } from "./steps/re-record-orders"
import { rebuildRollupsStep } from "./steps/rebuild-rollups"

/**
 * Maintenance: records every order's sales facts again from Medusa's orders and Ordo's costs
 * (or only the orders given), then recomputes the rollups from the facts. For a corrected order
 * date, a changed category, or to check that the rollups kept by events add up.
 */
export const rebuildSalesReportsWorkflow = createWorkflow(
  "ordo-rebuild-sales-reports",
  (input: { order_ids?: string[] }) => {
    const recorded = reRecordOrdersStep(input)
    rebuildRollupsStep()
    return new WorkflowResponse({ recorded })
  },
)
