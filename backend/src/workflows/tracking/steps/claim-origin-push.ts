import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACKING_MODULE } from "../../../modules/tracking"
import type TrackingModuleService from "../../../modules/tracking/service"

/** Marks the parcel as told (under the workflow's lock); given back if telling the marketplace fails. */
export const claimOriginPushStep = createStep(
  "ordo-claim-origin-push",
  async (input: { shipment_id: string }, { container }) => {
    await container
      .resolve<TrackingModuleService>(TRACKING_MODULE)
      .updateShipments({ id: input.shipment_id, origin_pushed_at: new Date(), origin_push_error: null })
    return new StepResponse(true, input.shipment_id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<TrackingModuleService>(TRACKING_MODULE).updateShipments({ id, origin_pushed_at: null })
  },
)
