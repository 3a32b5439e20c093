import { readFileSync } from "node:fs"
import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { invoiceCheckoutSession, invoicePaymentIntent } from "./invoice-payment"
import { fromMinorUnits, toMinorUnits } from "./minor-units"
import { paymentOf, StripeSignatureError, verifyStripeEvent } from "./webhook"

// Stripe's published OpenAPI fixtures (tests/fixtures/stripe, from ../shared/reference/providers).
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../tests/fixtures/stripe/${name}.json`, import.meta.url), "utf8"))
const secret = "whsec_test_secret"
const signer = new Stripe("sk_test_x", { telemetry: false })
const event = (type: string, object: unknown) => ({ ...fixture("event"), id: "evt_1", type, data: { object } })
const signed = (payload: string, at = Math.floor(Date.now() / 1000)) =>
  signer.webhooks.generateTestHeaderString({ payload, secret, timestamp: at })

describe("minor units", () => {
  it("converts exactly, rounding half up, with the currency's decimals", () => {
    expect(toMinorUnits("12.34", "cny")).toBe(1234)
    expect(toMinorUnits("0.1", "usd")).toBe(10)
    expect(toMinorUnits("12.345", "usd")).toBe(1235)
    expect(toMinorUnits("1999", "jpy")).toBe(1999)
    expect(toMinorUnits("19999999.99", "cny")).toBe(1999999999)
    expect(fromMinorUnits(1234, "cny")).toBe("12.34")
    expect(fromMinorUnits(5, "usd")).toBe("0.05")
    expect(fromMinorUnits(1999, "jpy")).toBe("1999")
  })

  it("refuses what is not an amount", () => {
    expect(() => toMinorUnits("-1", "cny")).toThrow(TypeError)
    expect(() => toMinorUnits("1e3", "cny")).toThrow(TypeError)
    expect(() => fromMinorUnits(1.5, "cny")).toThrow(TypeError)
  })
})

describe("webhooks", () => {
  it("accepts Stripe's signature over the exact body and reads a payment_intent.succeeded", () => {
    const pi = { ...fixture("payment_intent"), amount_received: 1099, metadata: { invoice_id: "inv_1" } }
    const body = JSON.stringify(event("payment_intent.succeeded", pi))
    const verified = verifyStripeEvent(body, signed(body), secret)
    expect(paymentOf(verified)).toEqual({
      kind: "card_payment",
      event_id: "evt_1",
      payment_intent_id: pi.id,
      amount_minor: 1099,
      currency: "usd",
      invoice_id: "inv_1",
    })
  })

  it("refuses a changed body, another secret and an old timestamp", () => {
    const body = JSON.stringify(event("payment_intent.succeeded", fixture("payment_intent")))
    expect(() => verifyStripeEvent(body.replace("1099", "9"), signed(body), secret)).toThrow(StripeSignatureError)
    expect(() => verifyStripeEvent(body, signed(body), "whsec_other")).toThrow(StripeSignatureError)
    const old = signed(body, Math.floor(Date.now() / 1000) - 3600)
    expect(() => verifyStripeEvent(body, old, secret)).toThrow(StripeSignatureError)
  })

  it("keys a paid checkout session by its PaymentIntent and ignores unpaid ones and other events", () => {
    const session = {
      ...fixture("checkout.session"),
      payment_status: "paid",
      payment_intent: "pi_9",
      amount_total: 500,
    }
    expect(paymentOf(event("checkout.session.completed", session) as Stripe.Event)).toMatchObject({
      kind: "card_payment",
      payment_intent_id: "pi_9",
      amount_minor: 500,
    })
    const unpaid = { ...session, payment_status: "unpaid" }
    expect(paymentOf(event("checkout.session.completed", unpaid) as Stripe.Event)).toMatchObject({ kind: "ignored" })
    expect(paymentOf(event("charge.refunded", {}) as Stripe.Event)).toEqual({
      kind: "ignored",
      event_id: "evt_1",
      reason: "charge.refunded",
    })
  })
})

describe("invoice payment requests", () => {
  const invoice = { id: "inv_1", number: "INV-7", company_id: "comp_1", currency_code: "cny", balance: "1130.5" }

  it("asks for the balance in minor units, tagged with the invoice, idempotent per balance", () => {
    const pi = invoicePaymentIntent(invoice)
    expect(pi.params).toMatchObject({ amount: 113050, currency: "cny", metadata: { invoice_id: "inv_1" } })
    expect(pi.options.idempotencyKey).toBe("ordo-invoice-inv_1-113050")
    const session = invoiceCheckoutSession(invoice, { success_url: "https://s/ok", cancel_url: "https://s/no" })
    expect(session.params.payment_intent_data?.metadata).toEqual({
      invoice_id: "inv_1",
      company_id: "comp_1",
      invoice_number: "INV-7",
    })
    expect(session.params.line_items?.[0].price_data?.unit_amount).toBe(113050)
  })
})
