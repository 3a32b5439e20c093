import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { type NotifyInput, notifyStep } from "../common/steps/notify"
import { loadShipmentMailsStep, type ShipmentMailInput } from "./steps/load-shipment-mails"

/**
 * Tells the buyer a parcel shipped, was delivered or ran into trouble (FAILURE, RETURNED), in
 * the company's language, and warehouse and sales managers about trouble. Each mail once per
 * parcel and status, however often the carrier repeats itself.
 */
export const sendShipmentMailsWorkflow = createWorkflow("ordo-send-shipment-mails", (input: ShipmentMailInput) => {
  const mails = loadShipmentMailsStep(input)
  when("ordo-shipment-buyer-mail", { mails }, ({ mails }) => !!mails.buyer).then(() => {
    notifyStep(transform({ mails }, ({ mails }) => mails.buyer as NotifyInput)).config({
      name: "ordo-notify-shipment-buyer",
    })
  })
  when("ordo-shipment-staff-mail", { mails }, ({ mails }) => !!mails.staff).then(() => {
    notifyStep(transform({ mails }, ({ mails }) => mails.staff as NotifyInput)).config({
      name: "ordo-notify-shipment-staff",
    })
  })
  return new WorkflowResponse(mails)
})
