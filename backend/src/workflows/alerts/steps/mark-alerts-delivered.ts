import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { alertService } from "../../../queries/reporting/alerts"
import type { AlertDelivery } from "./notify-alerts"

export const markAlertsDeliveredStepId = "ordo-mark-alerts-delivered"

/** Notes on each alert when and to whom it went. Compensation clears that again. */
export const markAlertsDeliveredStep = createStep(
  markAlertsDeliveredStepId,
  async (deliveries: AlertDelivery[], { container }) => {
    if (!deliveries.length) return new StepResponse([], [])
    const at = new Date()
    await alertService(container).updateAlerts(
      deliveries.map((d) => ({ id: d.id, delivered_at: at, notified: { roles: d.roles, emails: d.emails } })),
    )
    return new StepResponse(
      deliveries.map((d) => d.id),
      deliveries.map((d) => d.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await alertService(container).updateAlerts(ids.map((id) => ({ id, delivered_at: null, notified: [] as any })))
  },
)
