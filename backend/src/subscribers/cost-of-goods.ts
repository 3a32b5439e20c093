import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordOrderSales } from "../workflows/reporting/record-order-sales"
import { costShipmentWorkflow } from "../workflows/stock/cost-shipment"

/** Each shipment takes its cost of goods from the FIFO cost layers. */
export default async function costOfGoodsOnFulfillment({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  try {
    await costShipmentWorkflow(container).run({ input: event.data })
    await recordOrderSales(container, event.data.order_id)
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Cost of goods for fulfillment ${event.data.fulfillment_id} failed: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.fulfillment_created" }
