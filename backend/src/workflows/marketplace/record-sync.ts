import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ConnectionHealth, touchConnectionStep } from "./steps/touch-connection"

/** After a catch-up poll: the new cursor, when it ran, and the last error (or none). */
export const recordSyncWorkflow = createWorkflow("ordo-record-channel-sync", (input: ConnectionHealth) => {
  return new WorkflowResponse(touchConnectionStep(input))
})
