import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACKING_MODULE } from "../../../modules/tracking"
import type TrackingModuleService from "../../../modules/tracking/service"
import { shippoClient } from "../../../queries/tracking/shippo"

/**
 * Asks Shippo to follow the parcel (POST /tracks), so its track_updated webhooks come. Nothing
 * to undo (registering twice is harmless); a failure is logged and left to the poll job, which
 * registers shipments whose `registered_at` is still empty.
 */
export const registerTrackStep = createStep(
  "ordo-register-track",
  async (
    input: { id: string; carrier: string; tracking_number: string; trackable: boolean; display_id?: number },
    { container },
  ) => {
    const client = shippoClient()
    if (!input.trackable || !client) return new StepResponse(false)
    try {
      await client.registerTrack({
        carrier: input.carrier,
        tracking_number: input.tracking_number,
        metadata: input.display_id ? `Order ${input.display_id}` : undefined,
      })
      await container
        .resolve<TrackingModuleService>(TRACKING_MODULE)
        .updateShipments({ id: input.id, registered_at: new Date() })
      return new StepResponse(true)
    } catch (e: any) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Shippo did not register ${input.carrier} ${input.tracking_number}: ${e?.message}`)
      return new StepResponse(false)
    }
  },
)
