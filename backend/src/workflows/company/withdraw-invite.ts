import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withdrawCompanyInviteStep } from "./steps/withdraw-company-invite"

/** A company admin withdraws an invitation that was not accepted; its link stops working. */
export const withdrawInviteWorkflow = createWorkflow(
  "ordo-withdraw-invite",
  (input: { company_id: string; invite_id: string }) => new WorkflowResponse(withdrawCompanyInviteStep(input)),
)
