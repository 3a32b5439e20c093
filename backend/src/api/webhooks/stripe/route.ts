import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { balanceOf } from "../../../domain/invoice-math"
import { dec } from "../../../domain/money"
import { fromMinorUnits, stripe } from "../../../lib/stripe"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { recordPaymentWorkflow } from "../../../workflows/receivables/record-payment"

/**
 * Stripe webhook. The Stripe-Signature header is verified against the raw body with the
 * endpoint secret (400 if it does not match). `payment_intent.succeeded` and
 * `checkout.session.completed` record the card payment against the invoice in their metadata,
 * keyed by the PaymentIntent id: the same payment delivered twice, or by both events in either
 * order, is recorded once (200 for the repeat).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe webhooks are not set up")
  let event: Stripe.Event
  try {
    event = stripe().webhooks.constructEvent(
      (req as any).rawBody,
      String(req.headers["stripe-signature"] ?? ""),
      secret,
    )
  } catch (e: any) {
    return res.status(400).json({ type: "invalid_signature", message: `Stripe signature: ${e?.message}` })
  }
  let paymentIntentId: string | undefined
  let amountMinor = 0
  let currency = ""
  let metadata: Record<string, string> = {}
  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object as Stripe.PaymentIntent
    paymentIntentId = pi.id
    amountMinor = pi.amount_received || pi.amount
    currency = pi.currency
    metadata = pi.metadata ?? {}
  } else if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session
    if (s.payment_status !== "paid") return res.json({ received: true, ignored: "not paid" })
    paymentIntentId = typeof s.payment_intent === "string" ? s.payment_intent : s.payment_intent?.id
    amountMinor = s.amount_total ?? 0
    currency = s.currency ?? ""
    metadata = (s.metadata ?? {}) as Record<string, string>
  } else {
    return res.json({ received: true, ignored: event.type })
  }
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [invoice] = metadata.invoice_id ? await invoices.listInvoices({ id: metadata.invoice_id }) : []
  if (!invoice) {
    return res
      .status(400)
      .json({ type: "unknown_invoice", message: `No invoice ${metadata.invoice_id ?? "(none in metadata)"}` })
  }
  if (currency.toLowerCase() !== invoice.currency_code) {
    return res
      .status(400)
      .json({ type: "invalid_data", message: `Currency ${currency} does not match invoice ${invoice.number}` })
  }
  const amount = fromMinorUnits(amountMinor, invoice.currency_code)
  const open = invoice.status === "issued" || invoice.status === "partially_paid"
  const balance = balanceOf(invoice)
  const allocate = open && balance.gt(0) ? (balance.lt(dec(amount)) ? balance : dec(amount)).toFixed() : null
  const {
    result: { payment, repeated },
  } = await recordPaymentWorkflow(req.scope).run({
    input: {
      company_id: invoice.company_id,
      amount,
      currency_code: invoice.currency_code,
      method: "card",
      reference: paymentIntentId ?? event.id,
      idempotency_key: `stripe:${paymentIntentId ?? event.id}`,
      // What the invoice no longer needs (paid meanwhile by transfer) stays as company credit.
      allocations: allocate ? [{ invoice_id: invoice.id, amount: allocate }] : [],
      auto_allocate: false,
    },
  })
  res.json({ received: true, payment_id: payment.id, duplicate: repeated })
}
