import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TRACKING_EVENTS } from "../workflows/tracking/events"
import { pushShipmentToOrigin } from "../workflows/tracking/push-tracking-to-origin"

/** A parcel of a Shopify or Amazon order: its tracking goes back to the marketplace (once). */
export default async function shipmentOriginPush({ event, container }: SubscriberArgs<{ id: string }>) {
  await pushShipmentToOrigin(container, event.data.id)
}

export const config: SubscriberConfig = { event: TRACKING_EVENTS.shipped }
