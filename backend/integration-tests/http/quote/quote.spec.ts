import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, stack } from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

describe("quotes: request from cart, staff versions, idempotent accept into one order", () => {
  let acme: string
  let globex: string
  let staff: string
  let A: string
  let B: string
  let quoteId: string
  beforeAll(async () => {
    ;[acme, globex, staff] = await Promise.all([
      loginBuyer("buyer@acme.test"),
      loginBuyer("buyer@globex.test"),
      loginAdmin(),
    ])
    ;[A, B] = await stockedSkus(2, 100)
  })

  it("a buyer turns their cart into a request for quote with a message; the cart is emptied", async () => {
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${A} 10\n${B} 4` } })
    expect(cart.status).toBe(200)
    const r = await api("POST", "/store/ordo/quotes", {
      token: acme,
      body: { cart_id: cart.body.cart.id, message: "Can you do better on 10+?" },
    })
    expect(r.status).toBe(201)
    const q = r.body.quote
    quoteId = q.id
    expect(q.status).toBe("draft")
    expect(q.versions).toHaveLength(1)
    expect(q.versions[0].lines.map((l: any) => [l.sku, l.quantity])).toEqual([
      [A, 10],
      [B, 4],
    ])
    // Version 1 is at Acme's contract price (8% off list).
    expect(q.versions[0].lines[0].discount_percent).toBe("8.00")
    expect(q.messages.map((m: any) => m.body)).toEqual(["Can you do better on 10+?"])
    const after = await api("GET", `/store/carts/${cart.body.cart.id}`, { token: acme })
    expect(after.body.cart.items).toHaveLength(0)
  })

  it("refuses bad revisions with the field named and changes nothing", async () => {
    const cases: [unknown, RegExp][] = [
      [{ sku: A, quantity: 10, discount_percent: -5 }, /discount_percent/],
      [{ sku: A, quantity: 10, discount_percent: 150 }, /between 0 and 100/],
      [{ sku: A, quantity: 10, unit_price: "abc" }, /unit_price/],
      [{ sku: A, quantity: 10, unit_price: "9.999" }, /unit_price: CNY has 2 decimals/],
      [{ sku: "NO-SUCH-SKU", quantity: 1 }, /unknown SKU NO-SUCH-SKU/],
      [{ sku: A, quantity: 0 }, /quantity/],
    ]
    for (const [line, message] of cases) {
      const r = await api("POST", `/admin/ordo/quotes/${quoteId}/versions`, { token: staff, body: { lines: [line] } })
      expect(r.status, JSON.stringify(line)).toBe(400)
      expect(r.body.message).toMatch(message)
    }
    expect(await sql("select count(*)::int as n from quote_version where quote_id = $1", [quoteId])).toEqual([{ n: 1 }])
    // Only staff edit quotes; the buyer cannot accept a draft.
    expect(
      (
        await api("POST", `/admin/ordo/quotes/${quoteId}/versions`, {
          token: acme,
          body: { lines: [{ sku: A, quantity: 1 }] },
        })
      ).status,
    ).toBe(401)
    const early = await api("POST", `/store/ordo/quotes/${quoteId}/accept`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "PO-EARLY" },
    })
    expect(early.status).toBe(400)
    expect(early.body.message).toMatch(/draft cannot be accepted/)
  })

  it("staff see history beside the quote, revise twice and send; the buyer sees every version and what changed", async () => {
    const detail = await api("GET", `/admin/ordo/quotes/${quoteId}`, { token: staff })
    expect(detail.status).toBe(200)
    expect(Array.isArray(detail.body.last_prices)).toBe(true)
    expect(Array.isArray(detail.body.earlier_quotes)).toBe(true)

    const v2 = await api("POST", `/admin/ordo/quotes/${quoteId}/versions`, {
      token: staff,
      body: {
        lines: [
          { sku: A, quantity: 10, discount_percent: "12" },
          { sku: B, quantity: 4 },
        ],
        note: "Volume price",
      },
    })
    expect(v2.status).toBe(201)
    const v3 = await api("POST", `/admin/ordo/quotes/${quoteId}/versions`, {
      token: staff,
      body: {
        lines: [
          { sku: A, quantity: 12, discount_percent: "12" },
          { sku: B, quantity: 4, unit_price: "1.00" },
        ],
      },
    })
    expect(v3.status).toBe(201)
    await api("POST", `/admin/ordo/quotes/${quoteId}/messages`, {
      token: staff,
      body: { body: "12% on A if you take 12." },
    })
    const sent = await api("POST", `/admin/ordo/quotes/${quoteId}/send`, { token: staff, body: {} })
    expect(sent.status).toBe(200)
    expect(sent.body.quote.status).toBe("sent")
    expect(new Date(sent.body.quote.valid_until).getTime()).toBeGreaterThan(Date.now() + 29 * 86400_000)

    const seen = await api("GET", `/store/ordo/quotes/${quoteId}`, { token: acme })
    expect(seen.status).toBe(200)
    const q = seen.body.quote
    expect(q.versions.map((v: any) => v.version)).toEqual([1, 2, 3])
    expect(q.versions[2].changes).toEqual(
      expect.arrayContaining([
        { kind: "changed", sku: A, field: "quantity", from: "10", to: "12" },
        { kind: "changed", sku: B, field: "unit_price", from: expect.any(String), to: "1.00" },
      ]),
    )
    expect(q.messages.map((m: any) => m.author_type)).toEqual(["customer", "user"])
    // Another company: 404 on everything.
    expect((await api("GET", `/store/ordo/quotes/${quoteId}`, { token: globex })).status).toBe(404)
    expect((await api("GET", "/store/ordo/quotes", { token: globex })).body.quotes.map((x: any) => x.id)).not.toContain(
      quoteId,
    )
    const steal = await api("POST", `/store/ordo/quotes/${quoteId}/accept`, {
      token: globex,
      body: { address_id: await buyerAddressId(globex), po_number: "X" },
    })
    expect(steal.status).toBe(404)
  })

  it("prints the quote as PDF in English and Chinese", async () => {
    for (const lang of ["en", "zh-CN"]) {
      const res = await fetch(`${stack().backendUrl}/store/ordo/quotes/${quoteId}/pdf?lang=${lang}`, {
        headers: { authorization: `Bearer ${acme}`, "x-publishable-api-key": stack().publishableKey },
      })
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe("application/pdf")
      const pdf = Buffer.from(await res.arrayBuffer())
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
      expect(pdf.toString("latin1")).toContain("NotoSansSC")
    }
    const other = await fetch(`${stack().backendUrl}/store/ordo/quotes/${quoteId}/pdf`, {
      headers: { authorization: `Bearer ${globex}`, "x-publishable-api-key": stack().publishableKey },
    })
    expect(other.status).toBe(404)
  })

  it("accepting twice at once yields exactly one order with the quoted prices and PO number", async () => {
    const address = await buyerAddressId(acme)
    const accept = () =>
      api("POST", `/store/ordo/quotes/${quoteId}/accept`, {
        token: acme,
        body: { address_id: address, po_number: "ACME-Q-1" },
      })
    const [a, b] = await Promise.all([accept(), accept()])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const winner = a.status === 200 ? a : b
    const loser = a.status === 200 ? b : a
    expect(loser.body.message).toMatch(/already accepted and ordered as order #\d+/)
    const orderId = winner.body.order_id
    const orders = await sql(`select id from "order" where metadata->>'quote_id' = $1`, [quoteId])
    expect(orders).toEqual([{ id: orderId }])
    const third = await accept()
    expect(third.status).toBe(409)
    expect(await sql(`select id from "order" where metadata->>'quote_id' = $1`, [quoteId])).toHaveLength(1)
    const after = (await api("GET", `/store/ordo/quotes/${quoteId}`, { token: acme })).body.quote
    expect(after).toMatchObject({ status: "ordered", order_id: orderId, po_number: "ACME-Q-1" })

    const order = await api("GET", `/store/ordo/orders/${orderId}`, { token: acme })
    expect(order.body.order.metadata.po_number).toBe("ACME-Q-1")
    const quoted = after.versions[2].lines
    const prices = Object.fromEntries(
      order.body.order.items.map((i: any) => [i.variant_sku, [Number(i.quantity), Number(i.unit_price)]]),
    )
    for (const l of quoted) expect(prices[l.sku]).toEqual([l.quantity, Number(l.unit_price)])
    expect(prices[B]).toEqual([4, 1])
    // CNY prices include 13% VAT, quoted prices too: the tax is inside the total, not added on top.
    const totals = await api("GET", `/store/ordo/orders/${orderId}`, { token: acme })
    expect(quoted.every((l: any) => l.tax_inclusive === true)).toBe(true)
    const quotedTotal = quoted.reduce(
      (sum: number, l: any) => sum + l.quantity * Math.round(Number(l.unit_price) * 100),
      0,
    )
    expect(Math.round(Number(totals.body.order.total) * 100)).toBe(quotedTotal)
    expect(Number(totals.body.order.tax_total)).toBeCloseTo((Number(totals.body.order.total) * 13) / 113, 2)
    // An ordered quote cannot be accepted into a second order or rejected.
    const rej = await api("POST", `/store/ordo/quotes/${quoteId}/reject`, { token: acme, body: { reason: "late" } })
    expect(rej.status).toBe(400)
    // Another company cannot see the order either.
    expect((await api("GET", `/store/ordo/orders/${orderId}`, { token: globex })).status).toBe(404)
  })

  it("staff-created quotes expire: accepting after the validity date is refused and the quote is expired", async () => {
    const company = (await api("GET", "/store/ordo/company", { token: acme })).body.company
    const me = await api("GET", "/store/customers/me", { token: acme })
    const created = await api("POST", "/admin/ordo/quotes", {
      token: staff,
      body: { company_id: company.id, customer_id: me.body.customer.id, lines: [{ sku: A, quantity: 2 }] },
    })
    expect(created.status).toBe(201)
    const id = created.body.quote.id
    const wrongBuyer = await api("POST", "/admin/ordo/quotes", {
      token: staff,
      body: { company_id: company.id, customer_id: "cus_nope", lines: [{ sku: A, quantity: 2 }] },
    })
    expect(wrongBuyer.status).toBe(400)
    // A validity date in the past is refused, and the quote stays an unsent draft.
    const past = await api("POST", `/admin/ordo/quotes/${id}/send`, {
      token: staff,
      body: { valid_until: "2020-01-01" },
    })
    expect(past.status).toBe(400)
    expect(past.body.message).toMatch(/valid_until: must be in the future/)
    expect((await sql("select status, sent_at from quote where id = $1", [id]))[0]).toEqual({
      status: "draft",
      sent_at: null,
    })
    await api("POST", `/admin/ordo/quotes/${id}/send`, { token: staff, body: { valid_until: "2099-01-01" } })
    await sql("update quote set valid_until = now() - interval '1 day' where id = $1", [id])
    const r = await api("POST", `/store/ordo/quotes/${id}/accept`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "LATE" },
    })
    expect(r.status).toBe(400)
    expect(r.body.message).toMatch(/expired/)
    expect((await sql("select status, order_id from quote where id = $1", [id]))[0]).toEqual({
      status: "expired",
      order_id: null,
    })
    // The buyer was told when it was sent.
    const sentMail = await sql(
      "select \"to\" from notification where template = 'ordo-quote-sent' and data->>'quote_id' = $1",
      [id],
    )
    expect(sentMail).toEqual([{ to: "buyer@acme.test" }])
  })

  it("the expiry job expires every sent quote past its validity, and nothing else", async () => {
    const company = (await api("GET", "/store/ordo/company", { token: acme })).body.company
    const me = await api("GET", "/store/customers/me", { token: acme })
    const make = async () =>
      (
        await api("POST", "/admin/ordo/quotes", {
          token: staff,
          body: { company_id: company.id, customer_id: me.body.customer.id, lines: [{ sku: B, quantity: 1 }] },
        })
      ).body.quote.id as string
    const [late, fresh, draft] = [await make(), await make(), await make()]
    for (const id of [late, fresh]) await api("POST", `/admin/ordo/quotes/${id}/send`, { token: staff, body: {} })
    await sql("update quote set valid_until = now() - interval '1 minute' where id = $1", [late])
    const run = await api("POST", "/admin/ordo/quotes/expire", { token: staff })
    expect(run.status).toBe(200)
    expect(run.body.expired).toBeGreaterThanOrEqual(1)
    const statuses = await sql("select id, status from quote where id = any($1)", [[late, fresh, draft]])
    expect(Object.fromEntries(statuses.map((r: any) => [r.id, r.status]))).toEqual({
      [late]: "expired",
      [fresh]: "sent",
      [draft]: "draft",
    })
    expect((await api("POST", "/admin/ordo/quotes/expire", { token: acme })).status).toBe(401)
  })
})
