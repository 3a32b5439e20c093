import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AlertRules } from "../../domain/dashboard"
import { saveAlertRulesStep } from "./steps/save-alert-rules"

/** A manager sets the order-drop threshold, the compared period and the minimum orders. */
export const saveAlertRulesWorkflow = createWorkflow("ordo-save-alert-rules", (input: AlertRules) => {
  return new WorkflowResponse(saveAlertRulesStep(input))
})
