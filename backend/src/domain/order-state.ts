import { dec } from "./money"

/**
 * What a buyer, a clerk and a manager read about an order: how far its goods have gone and how
 * far it is paid. Pure: shipping follows Medusa's fulfilled and delivered quantities and the
 * carriers' news on each shipment; payment follows Ordo's invoices, not Medusa's payment
 * collection (an order on account is paid when its invoices are).
 */
export const SHIPPING_STATES = ["not_shipped", "partly_shipped", "shipped", "partly_delivered", "delivered"] as const
export type ShippingState = (typeof SHIPPING_STATES)[number]
export const PAYMENT_STATES = ["not_invoiced", "unpaid", "partly_paid", "paid", "overdue"] as const
export type PaymentState = (typeof PAYMENT_STATES)[number]

export type ItemProgress = { quantity: unknown; fulfilled_quantity?: unknown; delivered_quantity?: unknown }
type Share = "none" | "part" | "all"

const share = (done: ReturnType<typeof dec>, of: ReturnType<typeof dec>): Share =>
  done.lte(0) ? "none" : done.gte(of) ? "all" : "part"

/** How much left the warehouse and was handed over, from the order's items. */
export function progressOfItems(items: ItemProgress[]): { sent: Share; handed: Share } | null {
  const ordered = items.reduce((a, i) => a.plus(dec(i.quantity)), dec(0))
  if (ordered.lte(0)) return null
  return {
    sent: share(
      items.reduce((a, i) => a.plus(dec(i.fulfilled_quantity)), dec(0)),
      ordered,
    ),
    handed: share(
      items.reduce((a, i) => a.plus(dec(i.delivered_quantity)), dec(0)),
      ordered,
    ),
  }
}

/** The same from the fulfillment_status Medusa's order lists compute. */
export function progressOfMedusaStatus(status: string | null | undefined): { sent: Share; handed: Share } {
  switch (status) {
    case "partially_fulfilled":
    case "partially_shipped":
      return { sent: "part", handed: "none" }
    case "fulfilled":
    case "shipped":
      return { sent: "all", handed: "none" }
    case "partially_delivered":
      return { sent: "all", handed: "part" }
    case "delivered":
      return { sent: "all", handed: "all" }
    default:
      return { sent: "none", handed: "none" }
  }
}

export function shippingState(
  progress: { sent: Share; handed: Share } | null,
  shipmentStatuses: string[],
): ShippingState {
  if (!progress || progress.sent === "none") return "not_shipped"
  const delivered = shipmentStatuses.filter((s) => s === "DELIVERED").length
  const everyParcelDelivered = shipmentStatuses.length > 0 && delivered === shipmentStatuses.length
  if (progress.handed === "all" || (progress.sent === "all" && everyParcelDelivered)) return "delivered"
  if (delivered > 0 || progress.handed === "part") return "partly_delivered"
  return progress.sent === "all" ? "shipped" : "partly_shipped"
}

export type InvoiceProgress = {
  kind: string
  status: string
  total: unknown
  paid_total: unknown
  due_at: Date | string
}

export function paymentState(orderTotal: unknown, invoices: InvoiceProgress[], now = new Date()): PaymentState {
  const bills = invoices.filter((i) => i.kind !== "credit_note" && i.status !== "void")
  if (!bills.length) return "not_invoiced"
  const open = bills.filter((i) => dec(i.total).minus(dec(i.paid_total)).gt(0))
  if (open.some((i) => new Date(i.due_at).getTime() < now.getTime())) return "overdue"
  const paid = bills.reduce((a, i) => a.plus(dec(i.paid_total)), dec(0))
  const invoiced = bills.reduce((a, i) => a.plus(dec(i.total)), dec(0))
  // Every invoice settled, and nothing of the order left to invoice (invoice on shipment bills per parcel).
  if (!open.length) return invoiced.gte(dec(orderTotal)) ? "paid" : "partly_paid"
  return paid.gt(0) ? "partly_paid" : "unpaid"
}
