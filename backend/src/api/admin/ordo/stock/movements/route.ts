import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { stockMovements } from "../../../../../queries/stock/records"
import type { MovementsQuery } from "../validators"

/** Staff: the audit of manual stock changes, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { sku } = req.validatedQuery as z.infer<typeof MovementsQuery>
  res.json({ movements: await stockMovements(req.scope, sku || undefined) })
}
