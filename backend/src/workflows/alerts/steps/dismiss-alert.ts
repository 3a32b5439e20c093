import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { alertService } from "../../../queries/reporting/alerts"
import { type Viewer, viewerScope } from "../../../queries/reporting/dashboard"

export const dismissAlertStepId = "ordo-dismiss-alert"

type Previous = { id: string; dismissed_at: Date | null; dismissed_by: string | null }

/**
 * Takes an alert off the dashboard, noting who did. Only an alert the staff member can see
 * (their scope: a rep their own customers') — others are "not found". Dismissing twice keeps the
 * first. Compensation puts it back as it was.
 */
export const dismissAlertStep = createStep(
  dismissAlertStepId,
  async (input: { id: string; viewer: Viewer }, { container }) => {
    const [alert] = await alertService(container).listAlerts({ id: input.id }, { take: 1 })
    const scope = await viewerScope(container, input.viewer)
    const visible = alert && scope.sales && (scope.rep_id === null || alert.rep_id === scope.rep_id)
    if (!visible) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Alert ${input.id} was not found`)
    const previous: Previous = { id: alert.id, dismissed_at: alert.dismissed_at, dismissed_by: alert.dismissed_by }
    if (alert.dismissed_at) return new StepResponse(alert, null as Previous | null)
    const [updated] = await alertService(container).updateAlerts([
      { id: alert.id, dismissed_at: new Date(), dismissed_by: input.viewer.actor_id },
    ])
    return new StepResponse(updated, previous as Previous | null)
  },
  async (previous, { container }) => {
    if (previous) await alertService(container).updateAlerts([previous])
  },
)
