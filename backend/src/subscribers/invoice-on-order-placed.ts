import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { membershipOf } from "../lib/membership"
import { creditAccountFor, invoiceWholeOrder } from "../lib/receivables"

/** Companies invoiced on order placement get the whole order on one invoice when it is placed. */
export default async function invoiceOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: event.data.id } })
  if (!order?.customer_id) return
  const membership = await membershipOf(container, order.customer_id)
  if (!membership) return
  const account = await creditAccountFor(container, membership.company_id)
  if (account.invoice_on !== "order_placed") return
  try {
    await invoiceWholeOrder(container, order.id)
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`No invoice for order ${order.id}: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
