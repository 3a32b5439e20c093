import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { requestCardPaymentWorkflow } from "../../../../../../workflows/receivables/request-card-payment"
import { notFound } from "../../../../../http"

/**
 * A buyer pays an open invoice by card: a Stripe PaymentIntent for its balance, tagged with the
 * invoice. The payment is recorded only when Stripe's signed webhook says it succeeded.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) throw notFound("Invoice", req.params.id)
  const { result } = await requestCardPaymentWorkflow(req.scope).run({
    input: { invoice_id: req.params.id, company_id: scope.membership.company_id },
  })
  if (result.kind !== "payment_intent") throw new Error("Stripe answered with a checkout session")
  const { kind: _kind, ...intent } = result
  res.json(intent)
}
