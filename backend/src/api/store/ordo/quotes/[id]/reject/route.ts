import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { quoteView } from "../../../../../../queries/quote/quotes"
import { rejectQuoteWorkflow } from "../../../../../../workflows/quote/reject-quote"
import { companyQuote, mayActOnQuote } from "../../helpers"
import type { StoreRejectQuote } from "../../validators"

/** The buyer turns the quote down, saying why. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof StoreRejectQuote>>, res: MedusaResponse) {
  const { quote, scope } = await companyQuote(req)
  mayActOnQuote(scope.membership?.role)
  await rejectQuoteWorkflow(req.scope).run({ input: { quote_id: quote.id, reason: req.validatedBody.reason } })
  res.json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
