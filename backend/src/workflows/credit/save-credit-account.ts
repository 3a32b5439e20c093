import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreditAccountPatch, saveCreditAccountStep } from "./steps/save-credit-account"

/** Finance set a company's credit terms, limit and hold. */
export const saveCreditAccountWorkflow = createWorkflow(
  "ordo-save-credit-account",
  (input: { company_id: string; patch: CreditAccountPatch }) => new WorkflowResponse(saveCreditAccountStep(input)),
)
