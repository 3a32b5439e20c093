import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelOrder } from "../../../../../../queries/marketplace/channel-orders"
import { ignoreChannelOrderWorkflow } from "../../../../../../workflows/marketplace/ignore-channel-order"
import { notFound } from "../../../../../http"

/** Staff decide an exception will not become an order; it stays on record as ignored. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = (await channelOrder(req.scope, req.params.id)) as any
  if (!row) throw notFound("Marketplace order", req.params.id)
  if (row.order_id) return res.status(409).json({ type: "conflict", message: "This order was already imported" })
  const { result } = await ignoreChannelOrderWorkflow(req.scope).run({ input: { channel_order_id: row.id } })
  res.json({ channel_order: result })
}
