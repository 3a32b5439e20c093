import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { TRACKING_EVENTS } from "./events"
import { checkShipmentStep, type ShipOrderInput } from "./steps/check-shipment"
import { recordShipmentStep } from "./steps/record-shipment"
import { registerTrackStep } from "./steps/register-track"

/**
 * A parcel leaves: Medusa's fulfillment (reservations released, stock taken, invoice on
 * shipment through `order.fulfillment_created`) with the Shippo label bought by its provider
 * or the carrier and number staff typed, marked shipped, recorded for tracking, registered with
 * Shippo, then announced (mail to the buyer, tracking back to the marketplace). One parcel per
 * order at a time (lock), so two clicks cannot ship the same units twice.
 */
export const shipOrderWorkflow = createWorkflow("ordo-ship-order", (input: ShipOrderInput) => {
  const lock = acquireLocksStep(
    transform({ input }, ({ input }) => ({
      keys: [`ordo:ship-order:${input.order_id}`],
      busy: "This order is being shipped by someone else right now",
    })),
  )
  const plan = checkShipmentStep(input)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ plan }, ({ plan }) => ({
      order_id: plan.order_id,
      items: plan.items,
      ...(plan.shipping_option_id ? { shipping_option_id: plan.shipping_option_id } : {}),
      created_by: plan.actor_id ?? undefined,
      additional_data: plan.rate_id ? { shippo_rate_id: plan.rate_id } : undefined,
      metadata: { ordo_shipping: plan.mode },
    })),
  })
  const shipment = recordShipmentStep(
    transform({ plan, fulfillment }, ({ plan, fulfillment }) => ({
      order_id: plan.order_id,
      fulfillment_id: fulfillment.id,
      order_display_id: plan.display_id,
      carrier: plan.carrier,
      tracking_number: plan.tracking_number,
      tracking_url: plan.tracking_url,
      source: plan.mode === "label" ? ("shippo" as const) : ("manual" as const),
      completes_order: plan.completes_order,
      lookup_postal_code: plan.lookup_postal_code,
      lookup_email: plan.lookup_email,
    })),
  )
  // Marked shipped with the parcel's label (Medusa replaces a fulfillment's labels with the shipment's).
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ plan, fulfillment, shipment }, ({ plan, fulfillment, shipment }) => ({
      order_id: plan.order_id,
      fulfillment_id: fulfillment.id,
      items: plan.items,
      created_by: plan.actor_id ?? undefined,
      labels: [
        {
          tracking_number: shipment.tracking_number,
          tracking_url: shipment.tracking_url ?? "",
          label_url: shipment.label_url ?? "",
        },
      ],
    })),
  })
  registerTrackStep(
    transform({ shipment, plan }, ({ shipment, plan }) => ({
      id: shipment.id,
      carrier: shipment.carrier,
      tracking_number: shipment.tracking_number,
      trackable: shipment.trackable,
      display_id: plan.display_id,
    })),
  )
  emitEventStep({
    eventName: TRACKING_EVENTS.shipped,
    data: transform({ shipment }, ({ shipment }) => ({ id: shipment.id })),
  }).config({ name: "ordo-emit-shipment-created" })
  releaseLocksStep(lock)
  return new WorkflowResponse(transform({ shipment }, ({ shipment }) => ({ id: shipment.id as string })))
})
