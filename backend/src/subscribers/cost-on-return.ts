import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordOrderSales } from "../workflows/reporting/record-order-sales"
import { checkLowStockWorkflow } from "../workflows/stock/check-low-stock"
import { costReturnWorkflow } from "../workflows/stock/cost-return"

/** Returned units go back on their cost layers at the original cost; stock above a threshold re-arms its alert. */
export default async function costOnReturn({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  try {
    await costReturnWorkflow(container).run({
      input: { order_id: event.data.order_id, return_id: event.data.return_id },
    })
    await checkLowStockWorkflow(container).run({ input: {} })
    await recordOrderSales(container, event.data.order_id)
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Cost layers for return ${event.data.return_id} failed: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.return_received" }
