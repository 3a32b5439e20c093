import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCompanyStep } from "./steps/update-company"

/** Staff edit a company's names, tax id, language or retail flag (one retail account at most). */
export const updateCompanyWorkflow = createWorkflow(
  "ordo-update-company",
  (input: { id: string } & Record<string, unknown>) => new WorkflowResponse(updateCompanyStep(input)),
)
