import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { channelConnection } from "../../../../../queries/marketplace/channel-orders"
import { connectionHealth, connectionView } from "../../../../../queries/marketplace/health"
import { updateChannelConnectionWorkflow } from "../../../../../workflows/marketplace/update-channel-connection"
import { notFound } from "../../../../http"
import type { ChannelConnectionUpdate } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const connection = await channelConnection(req.scope, req.params.id)
  if (!connection) throw notFound("Connection", req.params.id)
  res.json({ channel: { ...connectionView(connection), health: await connectionHealth(req.scope, connection) } })
}

/** Pause or resume a connection, or change its safety stock. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof ChannelConnectionUpdate>>,
  res: MedusaResponse,
) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  const { result } = await updateChannelConnectionWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ channel: connectionView(result as any) })
}
