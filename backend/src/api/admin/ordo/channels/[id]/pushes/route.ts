import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelConnection } from "../../../../../../queries/marketplace/channel-orders"
import { channelPushes } from "../../../../../../queries/marketplace/listings"
import { notFound } from "../../../../../http"

/** The push log, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  res.json(await channelPushes(req.scope, req.params.id, { take: limit, skip: offset }))
}
