import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createApprovalRuleStep } from "./steps/create-approval-rule"

/** Staff add an approval rule; it applies to orders placed from now on. */
export const createApprovalRuleWorkflow = createWorkflow(
  "ordo-create-approval-rule",
  (input: Record<string, unknown>) => new WorkflowResponse(createApprovalRuleStep(input)),
)
