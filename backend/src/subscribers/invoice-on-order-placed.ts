import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { companyOfOrder, creditAccountFor, invoiceDeposit, invoiceWholeOrder } from "../lib/receivables"

/**
 * When an order is placed: a deposit (or, prepaid, a 100 % up-front) invoice for companies on those
 * terms, and the whole order
 * on one invoice for companies invoiced on placement.
 */
export default async function invoiceOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "customer_id", "metadata"], filters: { id: event.data.id } })
  if (!order?.customer_id) return
  const companyId = await companyOfOrder(container, order as any)
  if (!companyId) return
  const account = await creditAccountFor(container, companyId)
  try {
    if (account.terms === "deposit" || account.terms === "prepaid") await invoiceDeposit(container, order.id)
    if (account.invoice_on !== "order_placed") return
    await invoiceWholeOrder(container, order.id)
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`No invoice for order ${order.id}: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
