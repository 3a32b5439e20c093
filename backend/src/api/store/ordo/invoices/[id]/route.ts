import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerScope } from "../../../../../queries/company/buyer-scope"
import { cardPaymentsConfigured, invoiceDocument } from "../../../../../queries/receivables/invoice-document"
import { notFound } from "../../../../http"

/**
 * A buyer's invoice with everything it prints: order number, PO, the buyer's and the seller's
 * details (tax ids, addresses, bank), terms, whether prices include VAT, and whether it can be paid
 * by card.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const doc = scope.membership
    ? await invoiceDocument(req.scope, req.params.id, scope.membership.company_id)
    : undefined
  if (!doc) throw notFound("Invoice", req.params.id)
  const { invoice, company_name: _name, company_locale: _locale, ...details } = doc
  // The storefront offers "Pay by card" only when card payments are set up.
  res.json({ invoice, ...details, card_payments: cardPaymentsConfigured() })
}
