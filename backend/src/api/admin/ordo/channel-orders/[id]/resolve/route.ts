import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { channelOrder } from "../../../../../../queries/marketplace/channel-orders"
import { placeChannelOrder } from "../../../../../../workflows/marketplace/import-channel-order"
import { resolveChannelOrderWorkflow } from "../../../../../../workflows/marketplace/resolve-channel-order"
import { notFound } from "../../../../../http"
import type { ChannelOrderResolveBody } from "../../../channels/validators"

/** Staff map the unknown SKUs (remembered for next time) and/or pick the customer, then it is placed again. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof ChannelOrderResolveBody>>,
  res: MedusaResponse,
) {
  const row = (await channelOrder(req.scope, req.params.id)) as any
  if (!row) throw notFound("Marketplace order", req.params.id)
  await resolveChannelOrderWorkflow(req.scope).run({
    input: { channel_order_id: row.id, connection_id: row.connection_id, ...req.validatedBody },
  })
  const result = await placeChannelOrder(req.scope, { channel_order_id: row.id, connection_id: row.connection_id })
  const channel_order = await channelOrder(req.scope, row.id)
  if (result.outcome === "imported") return res.json({ result, channel_order })
  // Still waiting: the reason as the error message, which is what a client shows for a refusal.
  res.status(422).json({ message: result.message ?? "The order still cannot be placed", result, channel_order })
}
