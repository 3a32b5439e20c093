import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateApprovalRuleStep } from "./steps/update-approval-rule"

/** Rule edits apply to orders placed from now on; waiting requests keep the reasons they had. */
export const updateApprovalRuleWorkflow = createWorkflow(
  "ordo-update-approval-rule",
  (input: { id: string } & Record<string, unknown>) => new WorkflowResponse(updateApprovalRuleStep(input)),
)
