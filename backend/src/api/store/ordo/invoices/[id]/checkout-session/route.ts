import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { requestCardPaymentWorkflow } from "../../../../../../workflows/receivables/request-card-payment"
import { notFound } from "../../../../../http"
import type { CheckoutSessionBody } from "../../validators"

/**
 * Pay an invoice by card on Stripe's hosted page (works without JavaScript in the storefront):
 * a Checkout Session for the balance; its PaymentIntent carries the invoice in its metadata, so
 * the webhook records it whichever of the two events arrives.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CheckoutSessionBody>>, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) throw notFound("Invoice", req.params.id)
  const { result } = await requestCardPaymentWorkflow(req.scope).run({
    input: { invoice_id: req.params.id, company_id: scope.membership.company_id, checkout: req.validatedBody },
  })
  if (result.kind !== "checkout_session") throw new Error("Stripe answered with a payment intent")
  res.json({ url: result.url, id: result.id })
}
