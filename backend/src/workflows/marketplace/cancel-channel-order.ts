import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { updateChannelOrderStep } from "./steps/update-channel-order"

/** Cancelled at the marketplace after it was imported: the order is cancelled (its stock released). */
export const cancelChannelOrderWorkflow = createWorkflow(
  "ordo-cancel-channel-order",
  (input: { channel_order_id: string; order_id: string }) => {
    cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
    const updated = updateChannelOrderStep(
      transform({ input }, ({ input }) => ({ id: input.channel_order_id, status: "cancelled" as const })),
    )
    return new WorkflowResponse(updated)
  },
)
