import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { quoteView } from "../../../../../../queries/quote/quotes"
import { quoteStockWarnings } from "../../../../../../queries/quote/stock-warnings"
import { sendQuoteWorkflow } from "../../../../../../workflows/quote/send-quote"
import { existingQuote } from "../../../../../store/ordo/quotes/helpers"
import type { AdminSendQuote } from "../../../../../store/ordo/quotes/validators"

/**
 * Sends the current version to the buyer, valid until the given date (default 30 days), with an
 * optional lead time note; answers with the lines quoted above what is in stock (sent all the same).
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminSendQuote>>, res: MedusaResponse) {
  const quote = await existingQuote(req)
  const { valid_until, lead_time_note } = req.validatedBody
  await sendQuoteWorkflow(req.scope).run({ input: { quote_id: quote.id, valid_until, lead_time_note } })
  const sent = await quoteView(req.scope, { id: quote.id })
  res.json({ quote: sent, stock_warnings: sent ? await quoteStockWarnings(req.scope, sent as any) : [] })
}
