import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listChannelConnections } from "../../../../queries/marketplace/channel-orders"
import { connectionHealth, connectionView } from "../../../../queries/marketplace/health"
import { createChannelConnectionWorkflow } from "../../../../workflows/marketplace/create-channel-connection"
import type { ChannelConnectionBody } from "./validators"

/** Every marketplace connection with its health. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const connections = await listChannelConnections(req.scope)
  res.json({
    channels: await Promise.all(
      connections.map(async (c) => ({ ...connectionView(c), health: await connectionHealth(req.scope, c) })),
    ),
  })
}

/** Connect a marketplace: secrets sealed, its own sales channel and retail account made. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof ChannelConnectionBody>>,
  res: MedusaResponse,
) {
  const { result } = await createChannelConnectionWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ channel: connectionView(result as any) })
}
