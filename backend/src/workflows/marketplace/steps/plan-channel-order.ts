import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { channelOrderPlacement, orderPlacedFor } from "../../../queries/marketplace/channel-orders"

/** Reads how a received marketplace order becomes an order, or why it cannot yet. Writes nothing. */
export const planChannelOrderStep = createStep(
  "ordo-plan-channel-order",
  async (input: { channel_order_id: string }, { container }) => {
    const plan = await channelOrderPlacement(container, input.channel_order_id)
    const row = plan.row as any
    const already = row?.order_id ?? (row ? await orderPlacedFor(container, row.id) : null)
    return new StepResponse({
      already: already as string | null,
      /** Placed by an attempt that died before recording it: record it now. */
      recovered: !row?.order_id && !!already,
      closed: row && ["ignored", "cancelled"].includes(row.status),
      problems: plan.problems,
      placement: plan.placement ?? null,
    })
  },
)
