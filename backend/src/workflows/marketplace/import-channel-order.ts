import type { MedusaContainer } from "@medusajs/framework/types"
import { channelConnection, channelOrder } from "../../queries/marketplace/channel-orders"
import { cancelChannelOrderWorkflow } from "./cancel-channel-order"
import { flagChannelOrderWorkflow } from "./flag-channel-order"
import { placeChannelOrderWorkflow } from "./place-channel-order"
import { type ReceiveChannelOrderInput, receiveChannelOrderWorkflow } from "./receive-channel-order"

export type ImportResult = {
  channel_order_id?: string
  outcome: "imported" | "exception" | "waiting" | "cancelled" | "duplicate"
  order_id?: string | null
  message?: string
}

/**
 * The one import pipeline every source ends in (Shopify webhooks and polls, Amazon polls, files,
 * staff retries): the delivery is written down exactly once, then the order is placed, cancelled
 * or left waiting. A failure to place (stock, region) puts that one order in the exceptions
 * queue with the reason and returns; it never throws past here, so a batch goes on.
 */
export async function importChannelOrder(
  container: MedusaContainer,
  input: ReceiveChannelOrderInput,
  /** The connection as the caller already read it (a batch reads it once, not once per order). */
  connection?: { status: string } | null,
): Promise<ImportResult> {
  const { result } = await receiveChannelOrderWorkflow(container).run({ input })
  const id = result.channel_order_id
  const action = result.action
  if (!id || action.kind === "duplicate")
    return { channel_order_id: id, outcome: "duplicate", message: (action as any).reason }
  if (action.kind === "wait") return { channel_order_id: id, outcome: "waiting" }
  // A paused connection keeps what arrives (nothing is lost) and places it when resumed.
  const status = (connection === undefined ? await channelConnection(container, input.connection_id) : connection)
    ?.status
  if (action.kind === "place" && status === "paused") {
    return { channel_order_id: id, outcome: "waiting", message: "connection paused" }
  }
  if (action.kind === "record-cancelled") return { channel_order_id: id, outcome: "cancelled" }
  if (action.kind === "cancel") {
    const { result: row } = await cancelChannelOrderWorkflow(container).run({
      input: { channel_order_id: id, order_id: ((await channelOrder(container, id)) as any).order_id },
    })
    return { channel_order_id: id, outcome: "cancelled", order_id: (row as any).order_id }
  }
  return placeChannelOrder(container, { channel_order_id: id, connection_id: input.connection_id })
}

/** Places (or re-tries) one received marketplace order; a refusal lands it in the exceptions queue. */
export async function placeChannelOrder(
  container: MedusaContainer,
  input: { channel_order_id: string; connection_id: string },
): Promise<ImportResult> {
  try {
    const { result } = await placeChannelOrderWorkflow(container).run({ input })
    if (result.order_id)
      return { channel_order_id: input.channel_order_id, outcome: "imported", order_id: result.order_id }
    return {
      channel_order_id: input.channel_order_id,
      outcome: "exception",
      message: result.problems.map((p) => p.message).join("; "),
    }
  } catch (e: any) {
    const message = String(e?.message ?? e)
    await flagChannelOrderWorkflow(container).run({
      input: { ...input, problem: { code: /stock|available/i.test(message) ? "stock" : "refused", message } },
    })
    return { channel_order_id: input.channel_order_id, outcome: "exception", message }
  }
}
