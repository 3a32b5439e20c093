import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { EXCEPTION_STATUSES, type TrackingStatus } from "../domain/tracking"
import { staffEmailsWithRole } from "../queries/staff/roles"
import { shipmentNotice } from "../queries/tracking/shipment-notice"
import { TRACKING_EVENTS } from "../workflows/tracking/events"

/**
 * Tells the buyer a parcel shipped, was delivered or ran into trouble (FAILURE, RETURNED), in
 * the company's language, and warehouse and sales managers about trouble. Each mail once per
 * shipment and status (idempotency key), however often the carrier repeats itself.
 */
export default async function shipmentNotifications({
  event,
  container,
}: SubscriberArgs<{ id: string; status?: TrackingStatus; previous?: TrackingStatus }>) {
  const notice = await shipmentNotice(container, event.data.id)
  if (!notice) return
  const notifications = container.resolve(Modules.NOTIFICATION)
  const mail = (to: (string | null)[], template: string, key: string) => {
    const recipients = [...new Set(to.filter((x): x is string => !!x))]
    return recipients.length
      ? notifications.createNotifications(
          recipients.map((email) => ({
            to: email,
            channel: "email",
            template,
            data: notice.data,
            idempotency_key: `${template}:${key}:${email}`,
          })),
        )
      : undefined
  }
  const id = notice.shipment.id
  if (event.name === TRACKING_EVENTS.shipped) {
    await mail([notice.email], "ordo-order-shipped", id)
    return
  }
  const status = event.data.status
  if (status === "DELIVERED") await mail([notice.email], "ordo-order-delivered", id)
  if (status && EXCEPTION_STATUSES.includes(status)) {
    await mail([notice.email], "ordo-shipment-exception", `${id}:${status}`)
    const staff = [
      ...(await staffEmailsWithRole(container, "warehouse")),
      ...(await staffEmailsWithRole(container, "sales_manager")),
    ]
    await mail(staff, "ordo-shipment-exception-staff", `${id}:${status}`)
  }
}

export const config: SubscriberConfig = { event: [TRACKING_EVENTS.shipped, TRACKING_EVENTS.statusChanged] }
