import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invoiceOrderWorkflow } from "../workflows/receivables/invoice-order"

/** Companies invoiced on shipment get one invoice per fulfillment, for what it shipped. */
export default async function invoiceOnFulfillment({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  try {
    await invoiceOrderWorkflow(container).run({
      input: { order_id: event.data.order_id, fulfillment_id: event.data.fulfillment_id },
    })
  } catch (e: any) {
    // Orders of customers outside any company are not invoiced by Ordo.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`No invoice for fulfillment ${event.data.fulfillment_id}: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.fulfillment_created" }
