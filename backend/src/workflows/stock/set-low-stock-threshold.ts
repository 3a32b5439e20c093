import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLowStockStep } from "./steps/check-low-stock"
import { resolveStockVariantStep } from "./steps/resolve-stock-variant"
import { saveThresholdStep } from "./steps/save-threshold"

/** A SKU's low-stock threshold at a warehouse; a threshold already crossed is announced now (once), not at the next order. */
export const setLowStockThresholdWorkflow = createWorkflow(
  "ordo-set-low-stock-threshold",
  (input: { sku: string; location_id: string; threshold: number | null }) => {
    const variant = resolveStockVariantStep(
      transform({ input }, ({ input }) => ({ sku: input.sku, locations: { location_id: input.location_id } })),
    )
    const row = saveThresholdStep(
      transform({ input, variant }, ({ input, variant }) => ({
        variant,
        location_id: input.location_id,
        threshold: input.threshold,
      })),
    )
    checkLowStockStep(transform({ variant }, ({ variant }) => ({ inventory_item_ids: [variant.inventory_item_id] })))
    return new WorkflowResponse(row)
  },
)
