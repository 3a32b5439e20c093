import { model } from "@medusajs/framework/utils"
import { TRACKING_STATUSES } from "../../../domain/tracking"
import { TrackingEvent } from "./tracking-event"

/**
 * One parcel on its way: the Medusa fulfillment it ships, the carrier and number, where Shippo
 * (or staff) says it is, and whether the marketplace it came from has been told. The lookup
 * fields (order number, postal code, e-mail) are copied here so the public /track page answers
 * from this table alone.
 */
export const Shipment = model
  .define("shipment", {
    id: model.id({ prefix: "shp" }).primaryKey(),
    order_id: model.text(),
    fulfillment_id: model.text().nullable(),
    order_display_id: model.number(),
    /** Lower-case e-mail of the order and its postal code without spaces, for the public lookup. */
    lookup_email: model.text().nullable(),
    lookup_postal_code: model.text().nullable(),
    carrier: model.text(),
    tracking_number: model.text(),
    tracking_url: model.text().nullable(),
    label_url: model.text().nullable(),
    source: model.enum(["shippo", "manual"]),
    /** Whether Shippo can track this carrier (registered with POST /tracks). */
    trackable: model.boolean().default(false),
    registered_at: model.dateTime().nullable(),
    status: model.enum([...TRACKING_STATUSES]).default("UNKNOWN"),
    status_details: model.text().nullable(),
    status_at: model.dateTime().nullable(),
    eta: model.dateTime().nullable(),
    shipped_at: model.dateTime(),
    /** Nothing of the order was left to ship after this parcel (the latest parcel says where the order stands). */
    completes_order: model.boolean().default(false),
    delivered_at: model.dateTime().nullable(),
    last_checked_at: model.dateTime().nullable(),
    /** The marketplace the order came from was given the tracking (once). */
    origin_pushed_at: model.dateTime().nullable(),
    origin_push_error: model.text().nullable(),
    events: model.hasMany(() => TrackingEvent, { mappedBy: "shipment" }),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["tracking_number"] },
    { on: ["order_display_id"] },
    // One parcel may carry several orders of a company; one order records a number once.
    { on: ["order_id", "carrier", "tracking_number"], unique: true, where: "deleted_at IS NULL" },
  ])
