import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, createInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { STOCK_BUSY } from "./change-stock"
import { checkLowStockStep } from "./steps/check-low-stock"
import { createPurchaseReceiptStep } from "./steps/create-purchase-receipt"
import { prepareReceiptStep, type ReceiveInput } from "./steps/prepare-receipt"
import { recordStockMovementsStep } from "./steps/record-stock-movements"

/**
 * Goods received from a supplier: stock up at each line's location and each line a FIFO cost
 * layer at its unit cost (net of VAT, in the receipt's currency), with the audit — all or nothing,
 * under the stock locks of the items received. `adds_stock: false` records an opening balance.
 */
export const receivePurchaseWorkflow = createWorkflow("ordo-receive-purchase", (input: ReceiveInput) => {
  const plan = prepareReceiptStep(input)
  const lock = acquireLocksStep(transform({ plan }, ({ plan }) => ({ keys: plan.lock_keys, busy: STOCK_BUSY })))
  const created = createPurchaseReceiptStep(transform({ plan }, ({ plan }) => plan.receipt))
  when("ordo-receipt-create-levels", { plan }, ({ plan }) => plan.create_levels.length > 0).then(() => {
    createInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.create_levels)).config({
      name: "ordo-receipt-levels",
    })
  })
  when("ordo-receipt-adjust-levels", { plan }, ({ plan }) => plan.changes.length > 0).then(() => {
    adjustInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.changes)).config({ name: "ordo-receipt-adjust" })
  })
  recordStockMovementsStep(transform({ plan }, ({ plan }) => plan.movements)).config({ name: "ordo-receipt-movements" })
  releaseLocksStep(lock)
  checkLowStockStep(transform({ plan }, ({ plan }) => ({ inventory_item_ids: plan.inventory_item_ids })))
  return new WorkflowResponse(created)
})
