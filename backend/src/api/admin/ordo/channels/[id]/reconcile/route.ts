import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelConnection } from "../../../../../../queries/marketplace/channel-orders"
import { reconcileChannelStock } from "../../../../../../workflows/marketplace/push-channel-stock"
import { notFound } from "../../../../../http"

/** Compare what the marketplace shows with Ordo's stock and push what drifted. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  res.json({ reconcile: await reconcileChannelStock(req.scope, req.params.id) })
}
