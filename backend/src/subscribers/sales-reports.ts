import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderSales } from "../workflows/reporting/record-order-sales"

/**
 * Placed, cancelled and edited orders move the sales rollups. Shipments and returns do too, but
 * after their FIFO cost is booked: the cost-of-goods subscribers call recordOrderSales themselves.
 */
export default async function salesReports({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  await recordOrderSales(container, event.data.order_id ?? event.data.id)
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "order-edit.confirmed", "order.fulfillment_canceled"],
}
