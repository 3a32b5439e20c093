import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXCEPTION_STATUSES, type TrackingStatus } from "../../../domain/tracking"
import { shipmentNotice } from "../../../queries/tracking/shipment-notice"
import type { NotifyInput } from "../../common/steps/notify"

export type ShipmentMailInput = { shipment_id: string; kind: "shipped" | "status"; status?: TrackingStatus }

/**
 * Which mails a parcel's news calls for: the buyer's (shipped, delivered, a delivery problem) and
 * staff's (a problem, to warehouse and sales managers); each keyed by parcel and status. Reads only.
 */
export const loadShipmentMailsStep = createStep(
  "ordo-load-shipment-mails",
  async (input: ShipmentMailInput, { container }) => {
    const notice = await shipmentNotice(container, input.shipment_id)
    const none = { buyer: null as NotifyInput | null, staff: null as NotifyInput | null }
    if (!notice) return new StepResponse(none)
    const id = notice.shipment.id
    const mail = (to: NotifyInput["to"], template: string, key: string): NotifyInput => ({
      to,
      template,
      data: notice.data,
      idempotency_key: `${template}:${key}`,
    })
    const buyer = notice.email ? { email: notice.email } : null
    if (input.kind === "shipped")
      return new StepResponse({ ...none, buyer: buyer && mail(buyer, "ordo-order-shipped", id) })
    if (input.status === "DELIVERED")
      return new StepResponse({ ...none, buyer: buyer && mail(buyer, "ordo-order-delivered", id) })
    if (input.status && EXCEPTION_STATUSES.includes(input.status)) {
      const key = `${id}:${input.status}`
      return new StepResponse({
        buyer: buyer && mail(buyer, "ordo-shipment-exception", key),
        staff: mail({ staff_role: ["warehouse", "sales_manager"] }, "ordo-shipment-exception-staff", key),
      })
    }
    return new StepResponse(none)
  },
)
