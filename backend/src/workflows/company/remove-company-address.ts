import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCompanyAddressStep } from "./steps/delete-company-address"

/** Staff remove an address from a company's address book (past orders keep their copy). */
export const removeCompanyAddressWorkflow = createWorkflow(
  "ordo-remove-company-address",
  (input: { company_id: string; address_id: string }) => new WorkflowResponse(deleteCompanyAddressStep(input)),
)
