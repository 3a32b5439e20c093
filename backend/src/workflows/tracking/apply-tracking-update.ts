import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { TRACKING_EVENTS } from "./events"
import { type MergeTrackingInput, mergeTrackingStep } from "./steps/merge-tracking"

/**
 * The carrier's news about one tracking number (a Shippo webhook or a poll), merged under a lock
 * on the number so a webhook and the poll never merge the same scans at once. Each status
 * change is announced once (the event carries the status it moved from).
 */
export const applyTrackingUpdateWorkflow = createWorkflow("ordo-apply-tracking-update", (input: MergeTrackingInput) => {
  const lock = acquireLocksStep(
    transform({ input }, ({ input }) => ({
      keys: [`ordo:track:${input.carrier}:${input.tracking_number}`],
      busy: "This parcel's news is being recorded right now",
    })),
  )
  const result = mergeTrackingStep(input)
  emitEventStep({
    eventName: TRACKING_EVENTS.statusChanged,
    data: transform({ result }, ({ result }) => result.changed),
  }).config({ name: "ordo-emit-shipment-status-changed" })
  releaseLocksStep(lock)
  return new WorkflowResponse(result)
})
