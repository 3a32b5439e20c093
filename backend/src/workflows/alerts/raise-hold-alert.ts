import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadHoldAlertStep } from "./steps/load-hold-alert"
import { markAlertsDeliveredStep } from "./steps/mark-alerts-delivered"
import { notifyAlertsStep } from "./steps/notify-alerts"
import { raiseAlertsStep } from "./steps/raise-alerts"

/** A company went on credit hold: one alert per hold (its `held_at`), shown on the dashboard and mailed. */
export const raiseHoldAlertWorkflow = createWorkflow(
  "ordo-raise-hold-alert",
  (input: { company_id: string; held_at: string }) => {
    const candidates = loadHoldAlertStep(input)
    const raised = raiseAlertsStep(candidates)
    const deliveries = notifyAlertsStep(raised)
    markAlertsDeliveredStep(deliveries)
    return new WorkflowResponse(raised)
  },
)
