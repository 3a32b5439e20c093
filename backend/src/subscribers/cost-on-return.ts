import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { costReturn } from "../lib/costing"
import { checkLowStock } from "../lib/stock-control"

/** Returned units go back on their cost layers at the original cost; stock above a threshold re-arms its alert. */
export default async function costOnReturn({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  try {
    await costReturn(container, event.data.order_id, event.data.return_id)
    await checkLowStock(container)
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Cost layers for return ${event.data.return_id} failed: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.return_received" }
