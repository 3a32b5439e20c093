import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompanyAddressStep } from "./steps/create-company-address"

/** Staff add an address to a company's address book. */
export const addCompanyAddressWorkflow = createWorkflow(
  "ordo-add-company-address",
  (input: { company_id: string } & Record<string, unknown>) => new WorkflowResponse(createCompanyAddressStep(input)),
)
