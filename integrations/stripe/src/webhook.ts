import Stripe from "stripe"

/** What a verified Stripe event means to Ordo: a card payment for an invoice, or nothing to do. */
export type StripePaymentEvent =
  | {
      kind: "card_payment"
      event_id: string
      payment_intent_id: string
      amount_minor: number
      currency: string
      invoice_id: string | null
    }
  | { kind: "ignored"; event_id: string; reason: string }

export class StripeSignatureError extends Error {}

// Verification needs no API key: the endpoint secret signs the payload.
const verifier = new Stripe("sk_verify_only", { telemetry: false })

/**
 * Verifies the Stripe-Signature header (HMAC-SHA256 of "timestamp.payload" with the endpoint
 * secret, timestamp within `toleranceSeconds`) over the exact raw body, and returns the event.
 */
export function verifyStripeEvent(
  rawBody: string | Buffer,
  signature: string,
  secret: string,
  toleranceSeconds = 300,
): Stripe.Event {
  try {
    return verifier.webhooks.constructEvent(rawBody, signature, secret, toleranceSeconds)
  } catch (e) {
    throw new StripeSignatureError((e as Error).message)
  }
}

/**
 * `payment_intent.succeeded` and a paid `checkout.session.completed` are card payments keyed by
 * their PaymentIntent (so both events of one payment are one payment); every other event is
 * ignored.
 */
export function paymentOf(event: Stripe.Event): StripePaymentEvent {
  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object as Stripe.PaymentIntent
    return {
      kind: "card_payment",
      event_id: event.id,
      payment_intent_id: pi.id,
      amount_minor: pi.amount_received || pi.amount,
      currency: pi.currency.toLowerCase(),
      invoice_id: pi.metadata?.invoice_id ?? null,
    }
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session
    if (s.payment_status !== "paid") return { kind: "ignored", event_id: event.id, reason: "not paid" }
    const pi = typeof s.payment_intent === "string" ? s.payment_intent : s.payment_intent?.id
    return {
      kind: "card_payment",
      event_id: event.id,
      payment_intent_id: pi ?? event.id,
      amount_minor: s.amount_total ?? 0,
      currency: (s.currency ?? "").toLowerCase(),
      invoice_id: s.metadata?.invoice_id ?? null,
    }
  }
  return { kind: "ignored", event_id: event.id, reason: event.type }
}
