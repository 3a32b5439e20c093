import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type ShippingState, shippingState } from "../../domain/order-state"
import { TRACKING_MODULE } from "../../modules/tracking"
import type TrackingModuleService from "../../modules/tracking/service"
import { PROGRESS_FIELDS, progressOfOrderItems } from "./progress"
import { type PublicShipment, publicShipment, SHIPMENT_FIELDS, shipmentView } from "./shipments"

export type TrackLookup =
  | { order: number; postal_code: string; email?: undefined }
  | { order: number; email: string; postal_code?: undefined }
  | { tracking_number: string }

export type TrackAnswer = {
  order: { display_id: number; shipping_state: ShippingState } | null
  shipments: PublicShipment[]
}

/** Postal codes compare without spaces, dashes and case ("SW1A 1AA" = "sw1a1aa"). */
export const normalisePostalCode = (x: string) => x.replace(/[\s-]/g, "").toUpperCase()
export const normaliseEmail = (x: string) => x.trim().toLowerCase()

/**
 * The public tracking lookup, from Ordo's own tables (never a carrier call): an order number
 * with its delivery postal code or e-mail, or a tracking number. Answers progress only — no
 * address, lines, prices or names — and null for every miss alike.
 */
export async function publicTrack(container: MedusaContainer, q: TrackLookup): Promise<TrackAnswer | null> {
  const tracking = container.resolve<TrackingModuleService>(TRACKING_MODULE)
  if ("tracking_number" in q) {
    const rows = await tracking.listShipments({ tracking_number: q.tracking_number.trim() }, SHIPMENT_FIELDS as any)
    return rows.length ? { order: null, shipments: rows.map((s) => publicShipment(shipmentView(s))) } : null
  }
  const matches = (s: { lookup_postal_code?: string | null; lookup_email?: string | null }) =>
    q.postal_code != null
      ? !!s.lookup_postal_code && s.lookup_postal_code === normalisePostalCode(q.postal_code)
      : !!s.lookup_email && s.lookup_email === normaliseEmail(q.email as string)
  const rows = (await tracking.listShipments({ order_display_id: q.order }, SHIPMENT_FIELDS as any)).filter(matches)
  const views = rows.map((s) => publicShipment(shipmentView(s)))
  // The order's progress needs its items; the same details must match the order itself.
  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "email", "is_draft_order", "status", "display_id", "shipping_address.postal_code"],
    filters: { display_id: q.order as any, is_draft_order: false },
  })
  const order = (orders as any[]).find(
    (o) =>
      Number(o.display_id) === q.order &&
      matches({
        lookup_postal_code: o.shipping_address?.postal_code
          ? normalisePostalCode(o.shipping_address.postal_code)
          : null,
        lookup_email: o.email ? normaliseEmail(o.email) : null,
      }),
  )
  if (!order || order.status === "canceled") return views.length ? { order: null, shipments: views } : null
  // Item progress read by id, as the order pages read it.
  const {
    data: [withItems],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", ...PROGRESS_FIELDS],
    filters: { id: order.id },
  })
  const progress = progressOfOrderItems(withItems)
  return {
    order: {
      display_id: q.order,
      shipping_state: shippingState(
        progress,
        views.map((s) => s.status),
      ),
    },
    shipments: views,
  }
}
