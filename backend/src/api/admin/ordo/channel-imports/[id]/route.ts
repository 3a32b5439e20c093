import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelImport } from "../../../../../queries/marketplace/order-file"
import { notFound } from "../../../../http"

/** An import's progress: processed of total, outcomes so far, row errors, done or failed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await channelImport(req.scope, req.params.id)
  if (!row) throw notFound("Import", req.params.id)
  res.json({ import: row })
}
