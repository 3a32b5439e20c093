import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireQuotesWorkflow } from "../../../../../workflows/quote/expire-quotes"

/** Staff: run the quote-expiry job now (it also runs every 15 minutes); answers how many expired. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await expireQuotesWorkflow(req.scope).run({ input: {} })
  res.json({ expired: result.length })
}
