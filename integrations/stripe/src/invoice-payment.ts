import type Stripe from "stripe"
import { toMinorUnits } from "./minor-units"

export type PayableInvoice = {
  id: string
  number: string
  company_id: string
  currency_code: string
  /** What is left to pay, as a decimal string. */
  balance: string
}

const metadataOf = (i: PayableInvoice) => ({ invoice_id: i.id, company_id: i.company_id, invoice_number: i.number })

/**
 * A PaymentIntent for an invoice's balance, tagged with the invoice. The idempotency key makes
 * a second click for the same balance reuse the same intent.
 */
export function invoicePaymentIntent(i: PayableInvoice) {
  const amount = toMinorUnits(i.balance, i.currency_code)
  const params: Stripe.PaymentIntentCreateParams = {
    amount,
    currency: i.currency_code,
    description: `Invoice ${i.number}`,
    metadata: metadataOf(i),
    automatic_payment_methods: { enabled: true },
  }
  return { params, options: { idempotencyKey: `ordo-invoice-${i.id}-${amount}` }, amount }
}

/**
 * A hosted Checkout Session for an invoice's balance (pays without JavaScript on our side); its
 * PaymentIntent carries the invoice too, so the webhook records it whichever event comes.
 */
export function invoiceCheckoutSession(i: PayableInvoice, urls: { success_url: string; cancel_url: string }) {
  const amount = toMinorUnits(i.balance, i.currency_code)
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: "payment",
    line_items: [
      {
        quantity: 1,
        price_data: { currency: i.currency_code, unit_amount: amount, product_data: { name: `Invoice ${i.number}` } },
      },
    ],
    metadata: metadataOf(i),
    payment_intent_data: { metadata: metadataOf(i) },
    success_url: urls.success_url,
    cancel_url: urls.cancel_url,
  }
  return { params, options: { idempotencyKey: `ordo-invoice-session-${i.id}-${amount}` }, amount }
}
