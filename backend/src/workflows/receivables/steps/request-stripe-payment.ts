import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  invoiceCheckoutSession,
  invoicePaymentIntent,
  type PayableInvoice,
  stripeClient,
  stripeConfigFrom,
} from "@ordo/stripe"

export type CardPaymentRequest =
  | {
      kind: "payment_intent"
      payment_intent_id: string
      client_secret: string | null
      amount: number
      currency: string
    }
  | { kind: "checkout_session"; id: string; url: string | null; amount: number; currency: string }

export const requestStripePaymentStepId = "ordo-request-stripe-payment"

/**
 * Asks Stripe for a card payment of the invoice's balance: a PaymentIntent (card form in the
 * storefront) or a hosted Checkout Session. Nothing is recorded here — the payment is booked when
 * Stripe's signed webhook says it succeeded — and Stripe's idempotency key makes a repeat return
 * the same request: no compensation.
 */
export const requestStripePaymentStep = createStep(
  requestStripePaymentStepId,
  async (input: { invoice: PayableInvoice; checkout?: { success_url: string; cancel_url: string } }) => {
    const config = stripeConfigFrom(process.env)
    if (!config) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payments are not set up")
    const stripe = stripeClient(config)
    if (input.checkout) {
      const { params, options, amount } = invoiceCheckoutSession(input.invoice, input.checkout)
      const session = await stripe.checkout.sessions.create(params, options)
      return new StepResponse<CardPaymentRequest>({
        kind: "checkout_session",
        id: session.id,
        url: session.url,
        amount,
        currency: input.invoice.currency_code,
      })
    }
    const { params, options, amount } = invoicePaymentIntent(input.invoice)
    const intent = await stripe.paymentIntents.create(params, options)
    return new StepResponse<CardPaymentRequest>({
      kind: "payment_intent",
      payment_intent_id: intent.id,
      client_secret: intent.client_secret,
      amount,
      currency: input.invoice.currency_code,
    })
  },
)
