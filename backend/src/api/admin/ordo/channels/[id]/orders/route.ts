import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { channelConnection, listChannelOrders } from "../../../../../../queries/marketplace/channel-orders"
import { notFound } from "../../../../../http"
import type { ChannelOrdersQuery } from "../../validators"

/** The orders a connection sent, newest first; `status=exception` is its exceptions queue. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  const q = req.validatedQuery as z.infer<typeof ChannelOrdersQuery>
  res.json(
    await listChannelOrders(
      req.scope,
      { connection_id: req.params.id, status: q.status },
      { take: q.limit, skip: q.offset },
    ),
  )
}
