import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { levelRows } from "../../../../../queries/stock/levels"
import { searchVariants } from "../../../../../queries/stock/variants"
import type { LevelsQuery } from "../validators"

/** Staff: stocked, reserved and available units per variant and location, with thresholds. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, low } = req.validatedQuery as z.infer<typeof LevelsQuery>
  const rows = await levelRows(req.scope, await searchVariants(req.scope, q ?? "", 50))
  res.json({ levels: low === "true" || low === "1" ? rows.filter((r) => r.low) : rows })
}
