import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lowStockRows } from "../../../../../queries/stock/levels"

/** Staff: every variant and location at or below its low-stock threshold. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ levels: await lowStockRows(req.scope) })
}
