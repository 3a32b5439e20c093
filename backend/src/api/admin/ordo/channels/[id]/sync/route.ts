import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelConnection } from "../../../../../../queries/marketplace/channel-orders"
import { syncChannel } from "../../../../../../workflows/marketplace/sync-channel"
import { notFound } from "../../../../../http"

/** "Sync now": the catch-up poll for one connection, answered with what it found. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  res.json({ sync: await syncChannel(req.scope, req.params.id) })
}
