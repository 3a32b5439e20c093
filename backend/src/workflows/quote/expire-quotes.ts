import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireQuotesStep } from "./steps/expire-quotes"

/** Sent quotes whose validity has passed become expired (the job runs this every 15 minutes). */
export const expireQuotesWorkflow = createWorkflow("ordo-expire-quotes", (input: { now?: Date | string }) => {
  return new WorkflowResponse(expireQuotesStep(input))
})
