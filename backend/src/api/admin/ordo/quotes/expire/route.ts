import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireQuotes } from "../../../../../lib/quotes"

/** Staff: run the quote-expiry job now (it also runs every 15 minutes); answers how many expired. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ expired: await expireQuotes(req.scope) })
}
