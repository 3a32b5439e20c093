import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, createInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import type { Actor } from "../../domain/names"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { checkLowStockStep } from "./steps/check-low-stock"
import { prepareStockChangeStep } from "./steps/prepare-stock-change"
import { recordStockMovementsStep } from "./steps/record-stock-movements"
import { resolveStockVariantStep } from "./steps/resolve-stock-variant"

export type ChangeStockInput = {
  kind: "adjustment" | "transfer"
  sku: string
  /** Adjustment: the location counted. Transfer: where the units go. */
  to_location_id: string
  from_location_id?: string
  quantity: number
  reason: string
  actor: Actor
}

export const STOCK_BUSY =
  "Many orders for these products are being placed right now; nothing was changed, please try again"

/**
 * A counted correction (+ found, − damaged or lost) or a transfer between warehouses, with the
 * reason and who did it. Runs under the item's stock lock, so it cannot race an order for the
 * same units; Medusa's own inventory steps move the quantities and undo them if the audit row
 * fails. A level that falls to its threshold is announced.
 */
export const changeStockWorkflow = createWorkflow("ordo-change-stock", (input: ChangeStockInput) => {
  const variant = resolveStockVariantStep(
    transform({ input }, ({ input }) => ({
      sku: input.sku,
      locations: (input.kind === "transfer"
        ? { from_location_id: input.from_location_id as string, to_location_id: input.to_location_id }
        : { location_id: input.to_location_id }) as Record<string, string>,
    })),
  )
  const lock = acquireLocksStep(
    transform({ variant }, ({ variant }) => ({ keys: [`ordo:stock:${variant.inventory_item_id}`], busy: STOCK_BUSY })),
  )
  const plan = prepareStockChangeStep(transform({ input, variant }, ({ input, variant }) => ({ ...input, variant })))
  when("ordo-change-stock-levels", { plan }, ({ plan }) => plan.create_levels.length > 0).then(() => {
    createInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.create_levels))
  })
  adjustInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.changes))
  const movements = recordStockMovementsStep(transform({ plan }, ({ plan }) => plan.movements))
  releaseLocksStep(lock)
  checkLowStockStep(transform({ variant }, ({ variant }) => ({ inventory_item_ids: [variant.inventory_item_id] })))
  return new WorkflowResponse(transform({ movements }, ({ movements }) => (movements as any[])[0]))
})
