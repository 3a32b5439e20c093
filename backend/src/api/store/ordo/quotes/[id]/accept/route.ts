import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { quoteView } from "../../../../../../queries/quote/quotes"
import { acceptQuoteWorkflow } from "../../../../../../workflows/quote/accept-quote"
import { storeSalesChannelId } from "../../../../sales-channel"
import { companyQuote, mayActOnQuote } from "../../helpers"
import type { StoreAcceptQuote } from "../../validators"

/**
 * Accept the quote's current version: places the order with every line at the quoted price,
 * the delivery address and the PO number. Accepting an ordered quote is refused naming its order.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof StoreAcceptQuote>>, res: MedusaResponse) {
  const { quote, scope } = await companyQuote(req)
  mayActOnQuote(scope.membership?.role)
  const { result } = await acceptQuoteWorkflow(req.scope).run({
    input: {
      quote_id: quote.id,
      customer_id: req.auth_context.actor_id,
      address_id: req.validatedBody.address_id,
      po_number: req.validatedBody.po_number,
      sales_channel_id: storeSalesChannelId(req),
    },
  })
  res.json({ ...result, quote: await quoteView(req.scope, { id: quote.id }) })
}
