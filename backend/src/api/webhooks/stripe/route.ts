import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { paymentOf, StripeSignatureError, verifyStripeEvent } from "@ordo/stripe"
import { recordCardPaymentWorkflow } from "../../../workflows/receivables/record-card-payment"

/**
 * Stripe webhook. The Stripe-Signature header is verified against the raw body with the
 * endpoint secret (400 if it does not match). `payment_intent.succeeded` and a paid
 * `checkout.session.completed` record the card payment against the invoice in their metadata,
 * keyed by the PaymentIntent id: the same payment delivered twice, or by both events in either
 * order, is recorded once (200 for the repeat). Other events are acknowledged and ignored.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe webhooks are not set up")
  let payment: ReturnType<typeof paymentOf>
  try {
    payment = paymentOf(verifyStripeEvent((req as any).rawBody, String(req.headers["stripe-signature"] ?? ""), secret))
  } catch (e) {
    if (!(e instanceof StripeSignatureError)) throw e
    return res.status(400).json({ type: "invalid_signature", message: `Stripe signature: ${e.message}` })
  }
  if (payment.kind === "ignored") return res.json({ received: true, ignored: payment.reason })
  const { result } = await recordCardPaymentWorkflow(req.scope).run({ input: payment })
  res.json({ received: true, payment_id: result.payment.id, duplicate: result.repeated })
}
