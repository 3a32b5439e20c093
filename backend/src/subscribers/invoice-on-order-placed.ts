import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { companyOfOrder } from "../queries/company/membership"
import { creditAccountFor } from "../queries/receivables/credit-account"
import { withAuditContext } from "../workflows/common/audit-context"
import { invoiceDepositWorkflow } from "../workflows/receivables/invoice-deposit"
import { invoiceOrderWorkflow } from "../workflows/receivables/invoice-order"

/**
 * When an order is placed: its deposit invoice if the place-order workflow has not issued it
 * (companies on deposit or prepaid terms), and the whole order on one invoice for companies
 * invoiced on placement.
 */
async function invoiceOnOrderPlacedRun({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "customer_id", "metadata"], filters: { id: event.data.id } })
  if (!order?.customer_id) return
  const companyId = await companyOfOrder(container, order as any)
  if (!companyId) return
  const account = await creditAccountFor(container, companyId)
  try {
    if (account.terms === "deposit" || account.terms === "prepaid") {
      await invoiceDepositWorkflow(container).run({ input: { order_id: order.id } })
    }
    if (account.invoice_on !== "order_placed") return
    await invoiceOrderWorkflow(container).run({ input: { order_id: order.id } })
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`No invoice for order ${order.id}: ${e?.message}`)
  }
}

/** Its changes are audited as "subscriber: invoice-on-order-placed", with the actor of what it ran for (ADR 026). */
export default async function invoiceOnOrderPlaced(args: Parameters<typeof invoiceOnOrderPlacedRun>[0]) {
  return withAuditContext({ source: "subscriber: invoice-on-order-placed" }, () => invoiceOnOrderPlacedRun(args))
}

export const config: SubscriberConfig = { event: "order.placed" }
