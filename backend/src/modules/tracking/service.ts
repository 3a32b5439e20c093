import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Shipment } from "./models/shipment"
import { TrackingEvent } from "./models/tracking-event"

export type PublicShipmentRow = {
  id: string
  order_id: string
  carrier: string
  tracking_number: string
  tracking_url: string | null
  status: string
  status_details: string | null
  status_at: Date | null
  eta: Date | null
  shipped_at: Date
  delivered_at: Date | null
  completes_order: boolean
  lookup_postal_code: string | null
  lookup_email: string | null
  /** Newest first. */
  events: { status: string; details: string | null; location: string | null; occurred_at: string }[]
}

/** Shipments (carrier, number, label, normalised status) and their tracking history. */
export default class TrackingModuleService extends MedusaService({ Shipment, TrackingEvent }) {
  /**
   * The public lookup's read: the parcels of one tracking number or one order number with their
   * scans, in one SQL statement (ADR 021: the page answers from Ordo's tables, fast).
   */
  @InjectManager()
  async publicShipments(
    where: { tracking_number: string } | { order_display_id: number },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<PublicShipmentRow[]> {
    const manager = sharedContext.manager as any
    const byNumber = "tracking_number" in where
    return manager.execute(
      `select s.id, s.order_id, s.carrier, s.tracking_number, s.tracking_url, s.status, s.status_details,
              s.status_at, s.eta, s.shipped_at, s.delivered_at, s.completes_order, s.lookup_postal_code, s.lookup_email,
              coalesce((select json_agg(json_build_object('status', e.status, 'details', e.details,
                        'location', e.location, 'occurred_at', e.occurred_at) order by e.occurred_at desc)
                 from tracking_event e where e.shipment_id = s.id and e.deleted_at is null), '[]'::json) as events
         from shipment s
        where s.deleted_at is null and ${byNumber ? "s.tracking_number = ?" : "s.order_display_id = ?"}
        order by s.shipped_at`,
      [byNumber ? where.tracking_number : where.order_display_id],
    )
  }
}
