import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SetStaffRolesInput, setStaffRolesStep } from "./steps/set-staff-roles"

/** A manager sets which roles a staff member holds. */
export const setStaffRolesWorkflow = createWorkflow("ordo-set-staff-roles", (input: SetStaffRolesInput) => {
  return new WorkflowResponse(setStaffRolesStep(input))
})
