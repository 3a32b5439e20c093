import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelConnection } from "../../../../../../queries/marketplace/channel-orders"
import { channelListings } from "../../../../../../queries/marketplace/listings"
import { refreshChannelListings } from "../../../../../../workflows/marketplace/refresh-channel-listings"
import { notFound } from "../../../../../http"

/** The connection's listings: our variant, the marketplace's SKU and id, the last quantity sent. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  res.json({ listings: await channelListings(req.scope, req.params.id) })
}

/** Re-learn which of our variants the marketplace lists (by SKU or alias; never a new product). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  res.json({ listings: await refreshChannelListings(req.scope, req.params.id) })
}
