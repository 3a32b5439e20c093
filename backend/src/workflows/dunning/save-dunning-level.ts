import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type DunningLevelInput, saveDunningLevelStep } from "./steps/save-dunning-level"

/** Finance edit the reminder policy: a level added, or one changed. */
export const saveDunningLevelWorkflow = createWorkflow("ordo-save-dunning-level", (input: DunningLevelInput) => {
  return new WorkflowResponse(saveDunningLevelStep(input))
})
