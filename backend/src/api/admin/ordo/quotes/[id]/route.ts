import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lastPricesPaid } from "../../../../../queries/order/purchase-history"
import { listQuotes } from "../../../../../queries/quote/quotes"
import { existingQuote } from "../../../../store/ordo/quotes/helpers"

/** Staff: the quote, plus what quoting needs beside it: the company's earlier quotes and last prices paid. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const quote = await existingQuote(req)
  const [earlier, lastPrices] = await Promise.all([
    listQuotes(req.scope, { company_id: quote.company_id, id: { $ne: quote.id } }, 20),
    lastPricesPaid(req.scope, quote.company_id),
  ])
  res.json({ quote, earlier_quotes: earlier, last_prices: lastPrices })
}
