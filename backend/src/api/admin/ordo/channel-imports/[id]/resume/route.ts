import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelImport } from "../../../../../../queries/marketplace/order-file"
import { runChannelImport } from "../../../../../../workflows/marketplace/import-order-file"
import { notFound } from "../../../../../http"

/**
 * Resume an interrupted import now (the minute job would, once it has gone quiet). Safe even
 * if it is still running elsewhere: each order is placed once, under its own lock.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await channelImport(req.scope, req.params.id)
  if (!row) throw notFound("Import", req.params.id)
  if (row.status === "running") setImmediate(() => void runChannelImport(req.scope, req.params.id))
  res.status(202).json({ import: row })
}
