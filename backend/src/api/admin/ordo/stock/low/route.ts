import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { levelPage } from "../../../../../queries/stock/levels"

/** Staff: every variant and location with nothing left or at or below its low-stock threshold (the first 1,000). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { levels, count } = await levelPage(req.scope, { low: true, limit: 1000, offset: 0 })
  res.json({ levels, count })
}
