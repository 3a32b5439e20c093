import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateChannelConnectionStep } from "./steps/update-channel-connection"

/** Pause or resume a connection, or change how much stock it holds back. */
export const updateChannelConnectionWorkflow = createWorkflow(
  "ordo-update-channel-connection",
  (input: { id: string; status?: "enabled" | "paused"; safety_stock?: number }) =>
    new WorkflowResponse(updateChannelConnectionStep(input)),
)
