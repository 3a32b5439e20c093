import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { channelConnection } from "../../../../../../queries/marketplace/channel-orders"
import { channelImport, listChannelImports, readUploadedOrders } from "../../../../../../queries/marketplace/order-file"
import { runChannelImport, startChannelImportWorkflow } from "../../../../../../workflows/marketplace/import-order-file"
import { notFound } from "../../../../../http"
import type { OrderFileBody } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await channelConnection(req.scope, req.params.id))) throw notFound("Connection", req.params.id)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  res.json(await listChannelImports(req.scope, req.params.id, { take: limit, skip: offset }))
}

/**
 * Imports a file: its complete orders are written down at once (202 with the import to follow),
 * then placed one by one in the background through the one import pipeline.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof OrderFileBody>>, res: MedusaResponse) {
  const connection = await channelConnection(req.scope, req.params.id)
  if (!connection) throw notFound("Connection", req.params.id)
  const read = await readUploadedOrders(connection as any, req.validatedBody)
  if (!read.orders.length)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `file: no complete order to import (${read.errors.length} row(s) with errors; see the preview)`,
    )
  const { result } = await startChannelImportWorkflow(req.scope).run({
    input: {
      connection_id: connection.id,
      filename: req.validatedBody.filename,
      preset: read.preset,
      orders: read.orders,
      row_errors: read.errors,
      created_by: req.auth_context?.actor_id ?? null,
    },
  })
  setImmediate(() => void runChannelImport(req.scope, result.id))
  res.status(202).json({ import: await channelImport(req.scope, result.id) })
}
