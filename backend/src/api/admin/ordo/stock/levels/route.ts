import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { levelRows, searchVariants } from "../../../../../lib/stock-control"

/** Staff: stocked, reserved and available units per variant and location, with thresholds. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const variants = await searchVariants(req.scope, String(req.query.q ?? ""), 50)
  const rows = await levelRows(req.scope, variants)
  res.json({ levels: req.query.low ? rows.filter((r) => r.low) : rows })
}
