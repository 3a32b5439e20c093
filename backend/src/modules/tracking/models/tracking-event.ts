import { model } from "@medusajs/framework/utils"
import { TRACKING_STATUSES } from "../../../domain/tracking"
import { Shipment } from "./shipment"

/**
 * One carrier scan. Shippo's webhooks are not idempotent and the poll sees the same scans again:
 * `dedupe_key` (from the event's own id, else its status, time and text) is unique per shipment.
 */
export const TrackingEvent = model
  .define("tracking_event", {
    id: model.id({ prefix: "trev" }).primaryKey(),
    dedupe_key: model.text(),
    status: model.enum([...TRACKING_STATUSES]),
    substatus: model.text().nullable(),
    details: model.text().nullable(),
    location: model.text().nullable(),
    occurred_at: model.dateTime(),
    shipment: model.belongsTo(() => Shipment, { mappedBy: "events" }),
  })
  .indexes([{ on: ["shipment_id", "dedupe_key"], unique: true, where: "deleted_at IS NULL" }])
