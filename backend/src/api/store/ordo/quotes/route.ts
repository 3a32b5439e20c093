import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { listQuotes, quoteView } from "../../../../queries/quote/quotes"
import { requestQuoteFromCartWorkflow } from "../../../../workflows/quote/request-quote-from-cart"
import type { StoreRequestQuote } from "./validators"

/** The company's quotes, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const quotes = scope.membership ? await listQuotes(req.scope, { company_id: scope.membership.company_id }) : []
  res.json({ quotes })
}

/** Turns the buyer's cart into a request for quote. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof StoreRequestQuote>>, res: MedusaResponse) {
  const { result: quote } = await requestQuoteFromCartWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.status(201).json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
