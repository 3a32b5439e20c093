import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { costFulfillment } from "../lib/costing"

/** Each shipment takes its cost of goods from the FIFO cost layers. */
export default async function costOfGoodsOnFulfillment({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  try {
    await costFulfillment(container, event.data.order_id, event.data.fulfillment_id)
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Cost of goods for fulfillment ${event.data.fulfillment_id} failed: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.fulfillment_created" }
