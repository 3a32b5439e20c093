import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listQuotes, quoteView } from "../../../../../lib/quotes"
import { lastPricesPaid } from "../../../../../queries/order/purchase-history"
import { notFound } from "../../../../http"

/** Staff: the quote, plus what quoting needs beside it: the company's earlier quotes and last prices paid. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const quote = await quoteView(req.scope, { id: req.params.id })
  if (!quote) throw notFound("Quote", req.params.id)
  const [earlier, lastPrices] = await Promise.all([
    listQuotes(req.scope, { company_id: quote.company_id, id: { $ne: quote.id } }, 20),
    lastPricesPaid(req.scope, quote.company_id),
  ])
  res.json({ quote, earlier_quotes: earlier, last_prices: lastPrices })
}
