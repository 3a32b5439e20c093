import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AlertCandidate, RaisedAlert } from "../../../modules/alert/service"
import { alertService } from "../../../queries/reporting/alerts"

export const raiseAlertsStepId = "ordo-raise-alerts"

/**
 * Records the alerts whose occurrence was not raised before and returns only those (insert … on
 * conflict do nothing on the unique occurrence key): a second or concurrent run raises nothing.
 * Compensation takes out exactly the alerts this run inserted.
 */
export const raiseAlertsStep = createStep(
  raiseAlertsStepId,
  async (candidates: AlertCandidate[], { container }) => {
    const raised = await alertService(container).raiseNewAlerts(candidates)
    return new StepResponse<RaisedAlert[], string[]>(
      raised,
      raised.map((a) => a.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await alertService(container).removeAlerts(ids)
  },
)
