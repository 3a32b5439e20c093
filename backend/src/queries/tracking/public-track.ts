import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type ShippingState, shippingState } from "../../domain/order-state"
import { TRACKING_MODULE } from "../../modules/tracking"
import type TrackingModuleService from "../../modules/tracking/service"
import type { PublicShipmentRow } from "../../modules/tracking/service"
import { type PublicShipment, publicShipment, shipmentView } from "./shipments"

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
    const rows = await tracking.publicShipments({ tracking_number: q.tracking_number.trim().toUpperCase() })
    return rows.length ? { order: null, shipments: rows.map(publicView) } : null
  }
  const matches = (s: { lookup_postal_code?: string | null; lookup_email?: string | null }) =>
    q.postal_code != null
      ? !!s.lookup_postal_code && s.lookup_postal_code === normalisePostalCode(q.postal_code)
      : !!s.lookup_email && s.lookup_email === normaliseEmail(q.email as string)
  const rows = (await tracking.publicShipments({ order_display_id: q.order })).filter(matches)
  if (rows.length) {
    // The latest parcel says whether anything of the order is still to ship.
    const latest = rows[rows.length - 1] as PublicShipmentRow
    return {
      order: {
        display_id: q.order,
        shipping_state: shippingState(
          { sent: latest.completes_order ? "all" : "part", handed: "none" },
          rows.map((s) => s.status),
        ),
      },
      shipments: rows.map(publicView),
    }
  }
  // Nothing shipped yet: the same details must match the order itself.
  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "email", "status", "display_id", "shipping_address.postal_code"],
    filters: { display_id: q.order as any, is_draft_order: false },
  })
  const order = (orders as any[]).find(
    (o) =>
      Number(o.display_id) === q.order &&
      o.status !== "canceled" &&
      matches({
        lookup_postal_code: o.shipping_address?.postal_code
          ? normalisePostalCode(o.shipping_address.postal_code)
          : null,
        lookup_email: o.email ? normaliseEmail(o.email) : null,
      }),
  )
  return order ? { order: { display_id: q.order, shipping_state: "not_shipped" }, shipments: [] } : null
}

/** A parcel as anyone may see it: carrier, number, status and scans; nothing of the order. */
const publicView = (s: PublicShipmentRow): PublicShipment => publicShipment(shipmentView(s))
