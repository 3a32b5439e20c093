import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lastPricesPaid } from "../../../../../queries/order/purchase-history"
import { listQuotes } from "../../../../../queries/quote/quotes"
import { quoteStockWarnings } from "../../../../../queries/quote/stock-warnings"
import { existingQuote } from "../../../../store/ordo/quotes/helpers"

/**
 * Staff: the quote, plus what quoting needs beside it: the company's earlier quotes, last prices
 * paid, and the current version's lines quoted above what is in stock now.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const quote = await existingQuote(req)
  const [earlier, lastPrices, stockWarnings] = await Promise.all([
    listQuotes(req.scope, { company_id: quote.company_id, id: { $ne: quote.id } }, 20),
    lastPricesPaid(req.scope, quote.company_id),
    quoteStockWarnings(req.scope, quote as any),
  ])
  res.json({ quote, earlier_quotes: earlier, last_prices: lastPrices, stock_warnings: stockWarnings })
}
