import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { TRACKING_MODULE } from "../../modules/tracking"
import type TrackingModuleService from "../../modules/tracking/service"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { claimOriginPushStep } from "./steps/claim-origin-push"
import { planOriginPushStep } from "./steps/plan-origin-push"
import { sendOriginShipmentStep } from "./steps/send-origin-shipment"

/**
 * A parcel of a marketplace order goes back to that marketplace exactly once: planned, claimed
 * under a lock on the parcel, sent; a failed send gives the claim back for the next try.
 */
export const pushTrackingToOriginWorkflow = createWorkflow(
  "ordo-push-tracking-to-origin",
  (input: { shipment_id: string }) => {
    const lock = acquireLocksStep(
      transform({ input }, ({ input }) => ({
        keys: [`ordo:origin-push:${input.shipment_id}`],
        busy: "This parcel is being sent to the marketplace right now",
      })),
    )
    const plan = planOriginPushStep(input)
    const sent = when("ordo-origin-push-needed", { plan }, ({ plan }) => !!plan).then(() => {
      claimOriginPushStep(transform({ plan }, ({ plan }) => ({ shipment_id: plan?.shipment_id as string })))
      return sendOriginShipmentStep(
        transform({ plan }, ({ plan }) => ({ connection: plan?.connection, note: plan?.note as any })),
      )
    })
    releaseLocksStep(lock)
    return new WorkflowResponse(transform({ sent }, ({ sent }) => ({ sent: !!sent })))
  },
)

/** Runs the push and keeps a failure on the parcel (shown to staff; retried by the tracking job). */
export async function pushShipmentToOrigin(container: MedusaContainer, shipmentId: string) {
  try {
    const { result } = await pushTrackingToOriginWorkflow(container).run({ input: { shipment_id: shipmentId } })
    return result
  } catch (e: any) {
    await container
      .resolve<TrackingModuleService>(TRACKING_MODULE)
      .updateShipments({ id: shipmentId, origin_push_error: String(e?.message ?? e).slice(0, 500) })
    return { sent: false, error: String(e?.message ?? e) }
  }
}
