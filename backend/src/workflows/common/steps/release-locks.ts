import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const releaseLocksStepId = "ordo-release-locks"

/** Gives back the keys acquireLocksStep took. Nothing to undo: a failed run releases them by compensation. */
export const releaseLocksStep = createStep(
  releaseLocksStepId,
  async (held: { keys: string[]; ownerId: string }, { container }) => {
    if (held?.keys?.length) await container.resolve(Modules.LOCKING).release(held.keys, { ownerId: held.ownerId })
    return new StepResponse(true)
  },
)
