import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withAuditContext } from "../workflows/common/audit-context"
import { invoiceOrderWorkflow } from "../workflows/receivables/invoice-order"

/** Companies invoiced on shipment get one invoice per fulfillment, for what it shipped. */
async function invoiceOnFulfillmentRun({
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

/** Its changes are audited as "subscriber: invoice-on-fulfillment", with the actor of what it ran for (ADR 026). */
export default async function invoiceOnFulfillment(args: Parameters<typeof invoiceOnFulfillmentRun>[0]) {
  return withAuditContext({ source: "subscriber: invoice-on-fulfillment" }, () => invoiceOnFulfillmentRun(args))
}

export const config: SubscriberConfig = { event: "order.fulfillment_created" }
