import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceOrderFactsStep } from "./steps/replace-order-facts"

/**
 * Keeps an order's line in the sales reports current: run when it is placed, shipped (real
 * FIFO cost), returned, edited or cancelled. Safe to run any number of times.
 */
export const recordOrderSalesWorkflow = createWorkflow("ordo-record-order-sales", (input: { order_id: string }) => {
  return new WorkflowResponse(replaceOrderFactsStep(input))
})

/** Runs it for an event's order and logs instead of failing the caller (reports catch up on the next event or a rebuild). */
export async function recordOrderSales(container: any, orderId: string | undefined) {
  if (!orderId) return
  try {
    await recordOrderSalesWorkflow(container).run({ input: { order_id: orderId } })
  } catch (e: any) {
    container.resolve("logger").error(`Sales reports for order ${orderId} failed: ${e?.message}`)
  }
}
