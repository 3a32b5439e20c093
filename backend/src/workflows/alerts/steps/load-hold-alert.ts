import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AlertCandidate } from "../../../modules/alert/service"
import { holdAlertCandidate } from "../../../queries/reporting/alerts"

export const loadHoldAlertStepId = "ordo-load-hold-alert"

/** The alert for a company put on credit hold (none if the company is gone). Reads only. */
export const loadHoldAlertStep = createStep(
  loadHoldAlertStepId,
  async (input: { company_id: string; held_at: string }, { container }) => {
    const candidate = await holdAlertCandidate(container, input)
    return new StepResponse<AlertCandidate[]>(candidate ? [candidate] : [])
  },
)
