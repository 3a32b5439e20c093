import type { MedusaContainer } from "@medusajs/framework/types"
import { carrierName } from "@ordo/shippo"
import { type PaymentState, paymentState, type ShippingState, shippingState } from "../../domain/order-state"
import { type TrackingStatus, timeline } from "../../domain/tracking"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import { TRACKING_MODULE } from "../../modules/tracking"
import type TrackingModuleService from "../../modules/tracking/service"

export type TrackingEventView = {
  status: TrackingStatus
  details: string | null
  location: string | null
  occurred_at: string
}
export type ShipmentView = {
  id: string
  carrier: string
  carrier_name: string
  carrier_name_zh: string
  tracking_number: string
  tracking_url: string | null
  label_url: string | null
  source: "shippo" | "manual"
  status: TrackingStatus
  status_details: string | null
  status_at: string | null
  eta: string | null
  shipped_at: string
  delivered_at: string | null
  events: TrackingEventView[]
}
export type PublicShipment = Omit<ShipmentView, "id" | "label_url" | "source">

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)

export const SHIPMENT_FIELDS = {
  relations: ["events"],
  order: { shipped_at: "ASC" as const },
}

/** A shipment for screens: staff see the label, buyers and the public lookup do not. */
export function shipmentView(s: any): ShipmentView {
  return {
    id: s.id,
    carrier: s.carrier,
    carrier_name: carrierName(s.carrier, "en"),
    carrier_name_zh: carrierName(s.carrier, "zh"),
    tracking_number: s.tracking_number,
    tracking_url: s.tracking_url ?? null,
    label_url: s.label_url ?? null,
    source: s.source,
    status: s.status,
    status_details: s.status_details ?? null,
    status_at: iso(s.status_at),
    eta: iso(s.eta),
    shipped_at: iso(s.shipped_at) as string,
    delivered_at: iso(s.delivered_at),
    events: timeline((s.events ?? []) as any[]).map((e) => ({
      status: e.status,
      details: e.details ?? null,
      location: e.location ?? null,
      occurred_at: iso(e.occurred_at) as string,
    })),
  }
}

export const publicShipment = ({
  id: _id,
  label_url: _label,
  source: _source,
  ...rest
}: ShipmentView): PublicShipment => rest

export async function shipmentsOfOrders(container: MedusaContainer, orderIds: string[]) {
  const byOrder = new Map<string, ShipmentView[]>()
  if (!orderIds.length) return byOrder
  const rows = await container
    .resolve<TrackingModuleService>(TRACKING_MODULE)
    .listShipments({ order_id: orderIds }, SHIPMENT_FIELDS as any)
  for (const s of rows as any[]) byOrder.set(s.order_id, [...(byOrder.get(s.order_id) ?? []), shipmentView(s)])
  return byOrder
}

export type OrderProgress = { shipping_state: ShippingState; payment_state: PaymentState }

/**
 * Shipping and payment state of many orders in two reads (their shipments' statuses and their
 * invoices), given how far Medusa says each order's goods have gone.
 */
export async function orderStates(
  container: MedusaContainer,
  orders: { id: string; total: unknown; progress: Parameters<typeof shippingState>[0] }[],
  shipments?: Map<string, { status: string }[]>,
): Promise<Map<string, OrderProgress>> {
  const ids = orders.map((o) => o.id)
  const out = new Map<string, OrderProgress>()
  if (!ids.length) return out
  const [statuses, invoices] = await Promise.all([
    shipments
      ? Promise.resolve(shipments)
      : container
          .resolve<TrackingModuleService>(TRACKING_MODULE)
          .listShipments({ order_id: ids }, { select: ["order_id", "status"] })
          .then((rows: any[]) => {
            const m = new Map<string, { status: string }[]>()
            for (const r of rows) m.set(r.order_id, [...(m.get(r.order_id) ?? []), r])
            return m
          }),
    container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .listInvoices({ order_id: ids }, { select: ["order_id", "kind", "status", "total", "paid_total", "due_at"] }),
  ])
  const invoicesOf = new Map<string, any[]>()
  for (const i of invoices as any[]) invoicesOf.set(i.order_id, [...(invoicesOf.get(i.order_id) ?? []), i])
  for (const o of orders) {
    out.set(o.id, {
      shipping_state: shippingState(
        o.progress,
        (statuses.get(o.id) ?? []).map((s) => s.status),
      ),
      payment_state: paymentState(o.total, invoicesOf.get(o.id) ?? []),
    })
  }
  return out
}

/** One shipment as staff see it (with its label), or null. */
export async function shipmentById(container: MedusaContainer, id: string): Promise<ShipmentView | null> {
  const [s] = await container
    .resolve<TrackingModuleService>(TRACKING_MODULE)
    .listShipments({ id }, SHIPMENT_FIELDS as any)
  return s ? shipmentView(s) : null
}

/** The stored row (carrier, number, whether Shippo follows it and since when), or null. */
export async function shipmentRow(container: MedusaContainer, id: string) {
  const [s] = await container.resolve<TrackingModuleService>(TRACKING_MODULE).listShipments({ id }, { take: 1 })
  return (s as any) ?? null
}
