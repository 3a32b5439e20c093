import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { detectAlertCandidatesStep } from "./steps/detect-alert-candidates"
import { markAlertsDeliveredStep } from "./steps/mark-alerts-delivered"
import { notifyAlertsStep } from "./steps/notify-alerts"
import { raiseAlertsStep } from "./steps/raise-alerts"

/**
 * The daily alert run (and "run now"): finds product order drops and customers ordering less
 * often than usual, raises each occurrence not raised before, mails it to the right people and
 * notes the delivery. Running it twice, or twice at once, raises and mails nothing more.
 */
export const detectAlertsWorkflow = createWorkflow("ordo-detect-alerts", (input: { now?: string }) => {
  const candidates = detectAlertCandidatesStep(input)
  const raised = raiseAlertsStep(candidates)
  const deliveries = notifyAlertsStep(raised)
  markAlertsDeliveredStep(deliveries)
  return new WorkflowResponse(raised)
})
