import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderConfirmationWorkflow } from "../workflows/notifications/send-order-confirmation"

/**
 * Confirms each placed order to its buyer. `order.placed` fires when Medusa converts the draft:
 * at once for an order that needs no approval, on the last approval otherwise (a waiting order
 * is a draft and is not confirmed), for storefront, quote and staff-entered orders alike.
 */
export default async function orderConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderConfirmationWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
