import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Viewer } from "../../queries/reporting/dashboard"
import { dismissAlertStep } from "./steps/dismiss-alert"

/** A staff member takes an alert they can see off the dashboard. */
export const dismissAlertWorkflow = createWorkflow(
  "ordo-dismiss-alert",
  (input: { id: string; viewer: Viewer }) => new WorkflowResponse(dismissAlertStep(input)),
)
