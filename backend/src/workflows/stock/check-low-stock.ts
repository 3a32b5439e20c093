import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLowStockStep } from "./steps/check-low-stock"

/** Announces levels that fell to their threshold (once) and re-arms those back above, for some items or all. */
export const checkLowStockWorkflow = createWorkflow(
  "ordo-check-low-stock",
  (input: { inventory_item_ids?: string[] | null }) => new WorkflowResponse(checkLowStockStep(input)),
)
