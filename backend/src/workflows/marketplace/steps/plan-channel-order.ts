import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { channelOrderPlacement } from "../../../queries/marketplace/channel-orders"

/** Reads how a received marketplace order becomes an order, or why it cannot yet. Writes nothing. */
export const planChannelOrderStep = createStep(
  "ordo-plan-channel-order",
  async (input: { channel_order_id: string }, { container }) => {
    const plan = await channelOrderPlacement(container, input.channel_order_id)
    const row = plan.row as any
    return new StepResponse({
      already: row?.order_id ? (row.order_id as string) : null,
      closed: row && ["ignored", "cancelled"].includes(row.status),
      problems: plan.problems,
      placement: plan.placement ?? null,
    })
  },
)
