import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { TrackingStatus } from "../domain/tracking"
import { sendShipmentMailsWorkflow } from "../workflows/notifications/send-shipment-mails"
import { TRACKING_EVENTS } from "../workflows/tracking/events"

/** A parcel shipped or changed status: the buyer's and staff's mails (workflows/notifications/send-shipment-mails.ts). */
export default async function shipmentNotifications({
  event,
  container,
}: SubscriberArgs<{ id: string; status?: TrackingStatus }>) {
  await sendShipmentMailsWorkflow(container).run({
    input: {
      shipment_id: event.data.id,
      kind: event.name === TRACKING_EVENTS.shipped ? "shipped" : "status",
      status: event.data.status,
    },
  })
}

export const config: SubscriberConfig = { event: [TRACKING_EVENTS.shipped, TRACKING_EVENTS.statusChanged] }
