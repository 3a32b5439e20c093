import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stockLocations } from "../../../../../lib/stock-control"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ locations: await stockLocations(req.scope) })
}
