import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { alertCandidates } from "../../../queries/reporting/alerts"

export const detectAlertCandidatesStepId = "ordo-detect-alert-candidates"

/** Product order drops and customers ordering less often than usual, as of `now`. Reads only. */
export const detectAlertCandidatesStep = createStep(
  detectAlertCandidatesStepId,
  async (input: { now?: string }, { container }) =>
    new StepResponse(await alertCandidates(container, input.now ? new Date(input.now) : new Date())),
)
