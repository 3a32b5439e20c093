import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { storeSalesChannelId } from "../../../../../../lib/buyer"
import { acceptQuote, quoteView } from "../../../../../../lib/quotes"
import { companyQuote, mayActOnQuote } from "../../helpers"
import type { StoreAcceptQuote } from "../../validators"

/**
 * Accept the quote's current version: places the order with every line at the quoted price,
 * the delivery address and the PO number. Accepting again returns the same order.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof StoreAcceptQuote>>, res: MedusaResponse) {
  const { quote, scope } = await companyQuote(req)
  mayActOnQuote(scope.membership?.role)
  const result = await acceptQuote(req.scope, quote.id, {
    customer_id: req.auth_context.actor_id,
    address_id: req.validatedBody.address_id,
    po_number: req.validatedBody.po_number,
    sales_channel_id: storeSalesChannelId(req),
  })
  res.json({ ...result, quote: await quoteView(req.scope, { id: quote.id }) })
}
