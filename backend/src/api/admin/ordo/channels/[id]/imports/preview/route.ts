import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { channelConnection } from "../../../../../../../queries/marketplace/channel-orders"
import { previewOrderFile } from "../../../../../../../queries/marketplace/order-file"
import { notFound } from "../../../../../../http"
import type { OrderFileBody } from "../../../validators"

/** What the file holds and every row that would be left out, before anything is written. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof OrderFileBody>>, res: MedusaResponse) {
  const connection = await channelConnection(req.scope, req.params.id)
  if (!connection) throw notFound("Connection", req.params.id)
  res.json({ preview: await previewOrderFile(req.scope, connection as any, req.validatedBody) })
}
