import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stockLocations } from "../../../../../queries/stock/levels"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ locations: await stockLocations(req.scope) })
}
