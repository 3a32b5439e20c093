// A local stand-in for api.stripe.com: the backend's stripe SDK is pointed here (host/port/
// protocol), so real HTTP with Stripe's form encoding and auth header is exercised. It answers
// POST /v1/payment_intents with a PaymentIntent shaped like Stripe's own fixture, honours
// Idempotency-Key, and keeps every request in a JSON-lines file for the tests to read.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"

const fixture = JSON.parse(readFileSync(new URL("../fixtures/stripe/payment_intent.json", import.meta.url), "utf8"))

/** Stripe's form encoding (metadata[invoice_id]=…) into an object. */
function parseForm(body) {
  const out = {}
  for (const [k, v] of new URLSearchParams(body)) {
    const path = k.replace(/\]/g, "").split("[")
    let o = out
    path.slice(0, -1).forEach((p) => {
      o[p] ??= {}
      o = o[p]
    })
    o[path.at(-1)] = v
  }
  return out
}

const sessionFixture = JSON.parse(
  readFileSync(new URL("../fixtures/stripe/checkout.session.json", import.meta.url), "utf8"),
)

export async function startFakeStripe(file, port) {
  writeFileSync(file, "")
  const byKey = new Map()
  let n = 0
  const server = createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      const auth = req.headers.authorization ?? ""
      appendFileSync(file, `${JSON.stringify({ method: req.method, path: req.url, auth, form: parseForm(body) })}\n`)
      res.setHeader("content-type", "application/json")
      if (!auth.startsWith("Bearer sk_test_")) {
        res.statusCode = 401
        return res.end(
          JSON.stringify({ error: { type: "invalid_request_error", message: "Invalid API Key provided" } }),
        )
      }
      if (req.method === "POST" && req.url === "/v1/payment_intents") {
        const key = req.headers["idempotency-key"]
        if (key && byKey.has(key)) return res.end(JSON.stringify(byKey.get(key)))
        const form = parseForm(body)
        const id = `pi_ordo_${Date.now()}_${++n}`
        const intent = {
          ...fixture,
          id,
          object: "payment_intent",
          amount: Number(form.amount),
          amount_received: 0,
          currency: form.currency,
          description: form.description ?? null,
          metadata: form.metadata ?? {},
          client_secret: `${id}_secret_test`,
          status: "requires_payment_method",
          created: Math.floor(Date.now() / 1000),
          livemode: false,
        }
        if (key) byKey.set(key, intent)
        return res.end(JSON.stringify(intent))
      }
      if (req.method === "POST" && req.url === "/v1/checkout/sessions") {
        const key = req.headers["idempotency-key"]
        if (key && byKey.has(key)) return res.end(JSON.stringify(byKey.get(key)))
        const form = parseForm(body)
        const id = `cs_ordo_${Date.now()}_${++n}`
        const item = form.line_items?.["0"] ?? {}
        const session = {
          ...sessionFixture,
          id,
          object: "checkout.session",
          mode: "payment",
          amount_total: Number(item.price_data?.unit_amount ?? 0) * Number(item.quantity ?? 1),
          currency: item.price_data?.currency,
          metadata: form.metadata ?? {},
          payment_intent: null,
          payment_status: "unpaid",
          status: "open",
          success_url: form.success_url,
          cancel_url: form.cancel_url,
          // Stripe's hosted page; the fake sends the buyer straight on to the success URL.
          url: form.success_url,
        }
        if (key) byKey.set(key, session)
        return res.end(JSON.stringify(session))
      }
      res.statusCode = 404
      res.end(
        JSON.stringify({
          error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${req.url})` },
        }),
      )
    })
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  return { port, close: () => new Promise((r) => server.close(r)) }
}
