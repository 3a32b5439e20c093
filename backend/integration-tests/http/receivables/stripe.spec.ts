import { readFileSync } from "node:fs"
import Stripe from "stripe"
import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, stack } from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../tests/fixtures/stripe/${name}.json`, import.meta.url), "utf8"))
const signer = new Stripe("sk_test_ordo", { telemetry: false })

/** Posts an event to the webhook exactly as Stripe would: raw JSON body, Stripe-Signature header. */
async function deliver(event: unknown, secret = stack().stripeWebhookSecret) {
  const payload = JSON.stringify(event)
  const header = signer.webhooks.generateTestHeaderString({ payload, secret })
  const res = await fetch(`${stack().backendUrl}/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": header },
    body: payload,
  })
  return { status: res.status, body: await res.json().catch(() => ({})) }
}

const eventOf = (type: string, object: unknown) => ({
  ...fixture("event"),
  id: `evt_ordo_${Date.now()}_${Math.random().toString(36).slice(2)}`,
  type,
  api_version: "2026-07-29.dahlia",
  data: { object },
})

describe("paying an invoice by card with Stripe", () => {
  let staff: string
  let acme: string
  let globex: string
  let invoice: any
  beforeAll(async () => {
    ;[staff, acme, globex] = await Promise.all([
      loginAdmin(),
      loginBuyer("buyer@acme.test"),
      loginBuyer("buyer@globex.test"),
    ])
    const [sku] = await stockedSkus(1, 20)
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 3` } })
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "CARD-PAY" },
    })
    invoice = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: placed.body.order.id } }))
      .body.invoice
  })

  it("creates a PaymentIntent for the balance through the Stripe SDK; other companies get 404", async () => {
    const r = await api("POST", `/store/ordo/invoices/${invoice.id}/pay`, { token: acme })
    expect(r.status).toBe(200)
    expect(r.body.client_secret).toMatch(/^pi_ordo_.*_secret_test$/)
    const minor = Math.round(Number(invoice.balance) * 100)
    expect(r.body.amount).toBe(minor)
    const calls = readFileSync(stack().stripeLog, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
    const call = calls.find((c) => c.form?.metadata?.invoice_id === invoice.id)
    expect(call).toMatchObject({ method: "POST", path: "/v1/payment_intents", auth: "Bearer sk_test_ordo" })
    expect(call.form).toMatchObject({ amount: String(minor), currency: "cny" })
    // A second click reuses the same intent (Idempotency-Key).
    const again = await api("POST", `/store/ordo/invoices/${invoice.id}/pay`, { token: acme })
    expect(again.body.payment_intent_id).toBe(r.body.payment_intent_id)
    expect((await api("POST", `/store/ordo/invoices/${invoice.id}/pay`, { token: globex })).status).toBe(404)
  })

  it("records the payment exactly once however often and in whatever order Stripe delivers it", async () => {
    const pay = await api("POST", `/store/ordo/invoices/${invoice.id}/pay`, { token: acme })
    const pi = {
      ...fixture("payment_intent"),
      id: pay.body.payment_intent_id,
      amount: pay.body.amount,
      amount_received: pay.body.amount,
      currency: "cny",
      status: "succeeded",
      metadata: { invoice_id: invoice.id, company_id: invoice.company_id },
    }
    const session = {
      ...fixture("checkout.session"),
      id: `cs_ordo_${Date.now()}`,
      payment_intent: pi.id,
      amount_total: pay.body.amount,
      currency: "cny",
      status: "complete",
      payment_status: "paid",
      metadata: { invoice_id: invoice.id },
    }
    const count = async () =>
      (await sql("select count(*)::int as n from payment_record where reference = $1", [pi.id]))[0].n

    // Out of order: the Checkout Session completes before the PaymentIntent event arrives.
    const first = await deliver(eventOf("checkout.session.completed", session))
    expect(first).toMatchObject({ status: 200, body: { received: true, duplicate: false } })
    const second = await deliver(eventOf("payment_intent.succeeded", pi))
    expect(second).toMatchObject({ status: 200, body: { duplicate: true } })
    const replay = await deliver(eventOf("payment_intent.succeeded", pi))
    expect(replay).toMatchObject({ status: 200, body: { duplicate: true } })
    expect(await count()).toBe(1)
    const paid = (await api("GET", `/admin/ordo/invoices/${invoice.id}`, { token: staff })).body.invoice
    expect(paid).toMatchObject({ status: "paid", balance: "0.00" })

    // A bad signature, an unknown invoice: 400, and nothing recorded.
    const forged = await deliver(eventOf("payment_intent.succeeded", { ...pi, id: "pi_forged" }), "whsec_wrong")
    expect(forged.status).toBe(400)
    expect(forged.body.message).toMatch(/signature/i)
    const unknown = await deliver(
      eventOf("payment_intent.succeeded", { ...pi, id: "pi_unknown", metadata: { invoice_id: "inv_nope" } }),
    )
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toMatch(/invoice_id: no invoice inv_nope/)
    expect(await sql("select 1 from payment_record where reference in ('pi_forged', 'pi_unknown')")).toHaveLength(0)
    // Events Ordo does not handle are acknowledged.
    expect((await deliver(eventOf("plan.created", fixture("event").data.object))).status).toBe(200)
  })
})
