import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, createInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import {
  type ConsumeInput,
  consumeCostLayersStep,
  createPurchaseReceiptStep,
  type MovementInput,
  type ReceiptInput,
  type ReturnInput,
  recordStockMovementsStep,
  returnToCostLayersStep,
} from "./steps/stock-records"

type LevelChange = { inventory_item_id: string; location_id: string; adjustment: number }

type StockChangeInput = {
  /** Levels that do not exist yet at a destination location. */
  create_levels: { inventory_item_id: string; location_id: string }[]
  changes: LevelChange[]
  movements: MovementInput[]
}

/**
 * A manual stock change (adjustment, transfer, goods received) with its audit rows. Medusa's
 * own inventory steps move the quantities and undo them if recording fails.
 */
export const changeStockWorkflow = createWorkflow("ordo-change-stock", (input: StockChangeInput) => {
  when("ordo-stock-create-levels", input, (i) => i.create_levels.length > 0).then(() => {
    const levels = transform({ input }, ({ input }) => input.create_levels.map((l) => ({ ...l, stocked_quantity: 0 })))
    createInventoryLevelsStep(levels)
  })
  when("ordo-stock-adjust-levels", input, (i) => i.changes.length > 0).then(() => {
    adjustInventoryLevelsStep(input.changes)
  })
  const movements = recordStockMovementsStep(input.movements)
  return new WorkflowResponse(movements)
})

/** Goods received: the receipt with its cost layers, the stock, and the audit, all or nothing. */
export const receivePurchaseWorkflow = createWorkflow(
  "ordo-receive-purchase",
  (input: { receipt: ReceiptInput } & StockChangeInput) => {
    const created = createPurchaseReceiptStep(input.receipt)
    when("ordo-receipt-create-levels", input, (i) => i.create_levels.length > 0).then(() => {
      const levels = transform({ input }, ({ input }) =>
        input.create_levels.map((l) => ({ ...l, stocked_quantity: 0 })),
      )
      createInventoryLevelsStep(levels).config({ name: "ordo-receipt-levels" })
    })
    when("ordo-receipt-adjust-levels", input, (i) => i.changes.length > 0).then(() => {
      adjustInventoryLevelsStep(input.changes).config({ name: "ordo-receipt-adjust" })
    })
    recordStockMovementsStep(input.movements).config({ name: "ordo-receipt-movements" })
    return new WorkflowResponse(created)
  },
)

export const consumeCostLayersWorkflow = createWorkflow("ordo-consume-cost-layers", (input: ConsumeInput) => {
  return new WorkflowResponse(consumeCostLayersStep(input))
})

export const returnToCostLayersWorkflow = createWorkflow("ordo-return-to-cost-layers", (input: ReturnInput) => {
  return new WorkflowResponse(returnToCostLayersStep(input))
})
