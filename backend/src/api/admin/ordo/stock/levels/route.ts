import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { levelPage } from "../../../../../queries/stock/levels"
import type { LevelsQuery } from "../validators"

/** Staff: a page of stocked, reserved and available units per variant and location, with thresholds and the count. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, low, limit, offset } = req.validatedQuery as z.infer<typeof LevelsQuery>
  res.json(await levelPage(req.scope, { q, low: low === "true" || low === "1", limit, offset }))
}
