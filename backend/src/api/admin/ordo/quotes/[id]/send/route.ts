import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { quoteView } from "../../../../../../queries/quote/quotes"
import { sendQuoteWorkflow } from "../../../../../../workflows/quote/send-quote"
import { existingQuote } from "../../../../../store/ordo/quotes/helpers"
import type { AdminSendQuote } from "../../../../../store/ordo/quotes/validators"

/** Sends the current version to the buyer, valid until the given date (default 30 days). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminSendQuote>>, res: MedusaResponse) {
  const quote = await existingQuote(req)
  await sendQuoteWorkflow(req.scope).run({ input: { quote_id: quote.id, valid_until: req.validatedBody.valid_until } })
  res.json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
