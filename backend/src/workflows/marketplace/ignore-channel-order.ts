import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateChannelOrderStep } from "./steps/update-channel-order"

/** Staff decide an exception will not become an order (a test order, a duplicate sold elsewhere); it stays on record. */
export const ignoreChannelOrderWorkflow = createWorkflow(
  "ordo-ignore-channel-order",
  (input: { channel_order_id: string }) => {
    const updated = updateChannelOrderStep(
      transform({ input }, ({ input }) => ({ id: input.channel_order_id, status: "ignored" as const })),
    )
    return new WorkflowResponse(updated)
  },
)
