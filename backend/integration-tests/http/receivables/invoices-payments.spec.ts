import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, stack, until } from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

async function placeOrder(token: string, text: string, po: string) {
  const cart = await api("POST", "/store/ordo/quick-order", { token, body: { text } })
  expect(cart.status).toBe(200)
  const r = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
    token,
    body: { address_id: await buyerAddressId(token), po_number: po },
  })
  expect(r.status).toBe(200)
  return r.body.order.id as string
}

describe("invoices on net-30 terms per fulfillment, payments and allocation", () => {
  let staff: string
  let acme: string
  let globex: string
  let companyId: string
  let A: string
  let B: string
  beforeAll(async () => {
    ;[staff, acme, globex] = await Promise.all([
      loginAdmin(),
      loginBuyer("buyer@acme.test"),
      loginBuyer("buyer@globex.test"),
    ])
    ;[A, B] = await stockedSkus(2, 50)
    companyId = (await api("GET", "/store/ordo/company", { token: acme })).body.company.id
    const terms = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: staff,
      body: { terms: "net", net_days: 30, invoice_on: "fulfillment" },
    })
    expect(terms.status).toBe(200)
  })

  it("an order shipped in two fulfillments gets two invoices with consecutive numbers, due in 30 days", async () => {
    const orderId = await placeOrder(acme, `${A} 3\n${B} 2`, "AR-TWO-SHIPMENTS")
    const order = await api("GET", `/admin/orders/${orderId}?fields=id,*items`, { token: staff })
    const item = (sku: string) => order.body.order.items.find((i: any) => i.variant_sku === sku)
    for (const [sku, qty] of [
      [A, 3],
      [B, 2],
    ] as const) {
      const f = await api("POST", `/admin/orders/${orderId}/fulfillments`, {
        token: staff,
        body: { items: [{ id: item(sku).id, quantity: qty }] },
      })
      expect(f.status, JSON.stringify(f.body)).toBe(200)
    }
    const { body } = await until(
      () => api("GET", `/admin/ordo/invoices?order_id=${orderId}`, { token: staff }),
      (r) => r.body.invoices?.length === 2,
    )
    const seqs = body.invoices.map((i: any) => i.sequence).sort((a: number, b: number) => a - b)
    expect(seqs[1]).toBe(seqs[0] + 1)
    // Each invoice bills exactly what its fulfillment shipped (the two events may be handled in either order).
    const detailed = await Promise.all(
      body.invoices.map(
        async (i: any) => (await api("GET", `/admin/ordo/invoices/${i.id}`, { token: staff })).body.invoice,
      ),
    )
    const bySku = Object.fromEntries(detailed.map((i: any) => [i.lines[0].sku, i]))
    const first = bySku[A]
    const second = bySku[B]
    expect(first.lines.map((l: any) => l.quantity)).toEqual([3])
    expect(second.lines.map((l: any) => l.quantity)).toEqual([2])
    expect(first.number).toMatch(/^INV-\d{4}-\d{6}$/)
    // VAT-inclusive CNY prices: the invoice total is exactly price × quantity.
    expect(Number(first.total)).toBeCloseTo(3 * Number(item(A).unit_price), 2)
    expect(Number(second.total)).toBeCloseTo(2 * Number(item(B).unit_price), 2)
    const days = (new Date(first.due_at).getTime() - new Date(first.issued_at).getTime()) / 86_400_000
    expect(Math.floor(days)).toBe(30)
    expect(first).toMatchObject({ status: "issued", overdue: false, days_overdue: 0, company_id: companyId })

    // The buyer's company sees them; another company does not.
    const mine = await api("GET", "/store/ordo/invoices", { token: acme })
    expect(mine.body.invoices.map((i: any) => i.id)).toEqual(expect.arrayContaining([first.id, second.id]))
    expect((await api("GET", `/store/ordo/invoices/${first.id}`, { token: globex })).status).toBe(404)
    expect((await api("GET", `/store/ordo/invoices/${first.id}`, { token: acme })).body.invoice.lines).toHaveLength(1)
  })

  it("refuses bad payments and allocations with the field named, writing nothing", async () => {
    const [inv] = (await api("GET", `/admin/ordo/invoices?company_id=${companyId}&status=issued`, { token: staff }))
      .body.invoices
    const count = async () => (await sql("select count(*)::int as n from payment_record"))[0].n
    const before = await count()
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ amount: "0" }, /amount: must be more than 0/],
      [{ amount: "-5" }, /amount: must be more than 0/],
      [{ amount: "10.005" }, /amount: CNY has 2 decimals/],
      [{ amount: "abc" }, /amount: must be a number/],
      [
        { amount: "10", allocations: [{ invoice_id: inv.id, amount: String(Number(inv.balance) + 1) }] },
        /more than the balance/,
      ],
      [{ amount: "10", allocations: [{ invoice_id: "inv_nope", amount: "5" }] }, /not an open invoice/],
      [{ amount: "10", method: "bitcoin" }, /method/],
    ]
    for (const [extra, message] of cases) {
      const r = await api("POST", "/admin/ordo/payments", {
        token: staff,
        body: { company_id: companyId, method: "bank_transfer", ...extra },
      })
      expect(r.status, JSON.stringify(extra)).toBe(400)
      expect(r.body.message).toMatch(message)
    }
    expect(await count()).toBe(before)
    expect((await api("POST", "/admin/ordo/payments", { token: acme, body: {} })).status).toBe(401)
  })

  it("a partial bank payment leaves the invoice partially paid; a paid invoice cannot be voided; reversal restores", async () => {
    const open = (
      await api("GET", `/admin/ordo/invoices?company_id=${companyId}`, { token: staff })
    ).body.invoices.filter((i: any) => i.status === "issued")
    const inv = open[0]
    const half = (Math.floor(Number(inv.total) * 50) / 100).toFixed(2)
    const pay = await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: companyId,
        amount: half,
        method: "bank_transfer",
        reference: "ICBC 2026-11-23 #778",
        allocations: [{ invoice_id: inv.id, amount: half }],
      },
    })
    expect(pay.status).toBe(201)
    const after = (await api("GET", `/admin/ordo/invoices/${inv.id}`, { token: staff })).body.invoice
    expect(after.status).toBe("partially_paid")
    expect(Number(after.balance)).toBeCloseTo(Number(inv.total) - Number(half), 2)
    const voided = await api("POST", `/admin/ordo/invoices/${inv.id}/void`, { token: staff, body: { reason: "typo" } })
    expect(voided.status).toBe(400)
    expect(voided.body.message).toMatch(/cannot be voided/)

    // Over-payment, auto-allocated oldest due first; the rest is company credit. Sent twice with one key: one payment.
    const outstanding = (
      await api("GET", `/admin/ordo/invoices?company_id=${companyId}`, { token: staff })
    ).body.invoices
      .filter((i: any) => i.status === "issued" || i.status === "partially_paid")
      .reduce((s: number, i: any) => s + Math.round(Number(i.balance) * 100), 0)
    const overpay = ((outstanding + 10000) / 100).toFixed(2)
    const send = () =>
      api("POST", "/admin/ordo/payments", {
        token: staff,
        body: { company_id: companyId, amount: overpay, method: "cheque", reference: "CHQ 1001" },
      })
    const big = await send()
    expect(big.status).toBe(201)
    expect(Number(big.body.payment.unallocated)).toBeCloseTo(100, 2)
    const allOpen = (
      await api("GET", `/admin/ordo/invoices?company_id=${companyId}`, { token: staff })
    ).body.invoices.filter((i: any) => i.status === "issued" || i.status === "partially_paid")
    expect(allOpen).toHaveLength(0)

    const reversed = await api("POST", `/admin/ordo/payments/${big.body.payment.id}/reverse`, {
      token: staff,
      body: { reason: "Cheque bounced" },
    })
    expect(reversed.status).toBe(200)
    expect(reversed.body.payment.reversed_at).toBeTruthy()
    const restored = (await api("GET", `/admin/ordo/invoices/${inv.id}`, { token: staff })).body.invoice
    expect(restored.status).toBe("partially_paid")
    expect(Number(restored.balance)).toBeCloseTo(Number(inv.total) - Number(half), 2)
    const again = await api("POST", `/admin/ordo/payments/${big.body.payment.id}/reverse`, {
      token: staff,
      body: { reason: "twice" },
    })
    expect(again.status).toBe(400)
  })

  it("numbers stay gapless when invoices are issued concurrently", async () => {
    const orders = []
    for (let i = 0; i < 4; i++) orders.push(await placeOrder(acme, `${A} 1`, `AR-CONC-${i}`))
    const issued = await Promise.all(
      orders.map((order_id) => api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id } })),
    )
    expect(
      issued.map((r) => r.status),
      JSON.stringify(issued[0].body),
    ).toEqual([201, 201, 201, 201])
    const seqs = issued.map((r) => r.body.invoice.sequence).sort((a: number, b: number) => a - b)
    expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2, seqs[0] + 3])
    const dupe = await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: orders[0] } })
    expect(dupe.status).toBe(400)
    expect(dupe.body.message).toMatch(/already invoiced/)
    const year = new Date().getUTCFullYear()
    const all = await sql("select sequence from invoice where year = $1 and number like 'INV-%' order by sequence", [
      year,
    ])
    expect(all.map((r: any) => r.sequence)).toEqual(all.map((_: any, i: number) => i + 1))
  })

  it("over its credit limit or on hold, a company's order goes to finance for approval", async () => {
    const globexCompany = (await api("GET", "/store/ordo/company", { token: globex })).body.company.id
    const credit = (body: Record<string, unknown>) =>
      api("POST", `/admin/ordo/companies/${globexCompany}/credit`, { token: staff, body })
    const badLimit = await credit({ credit_limit: "-1" })
    expect(badLimit.status).toBe(400)
    expect(badLimit.body.message).toMatch(/credit_limit/)
    const view = await api("GET", `/admin/ordo/companies/${globexCompany}/credit`, { token: staff })
    expect(view.body.exposure).toMatchObject({ exposure: expect.any(String), open_invoices: expect.any(String) })

    // Any order is above a 0.50 USD limit.
    expect((await credit({ credit_limit: "0.5" })).status).toBe(200)
    const over = await placeOrder(globex, `${A} 1`, "GLOBEX-OVER-LIMIT")
    const o1 = await api("GET", `/store/ordo/orders/${over}`, { token: globex })
    expect(o1.body.order.ordo_status).toBe("requires_approval")
    expect(o1.body.approval.levels.map((l: any) => l.role)).toEqual(["finance"])
    expect(o1.body.approval.reasons.map((r: any) => r.type)).toEqual(["company_over_credit_limit"])

    expect((await credit({ credit_limit: null, on_hold: true, hold_reason: "Audit" })).status).toBe(200)
    const held = await placeOrder(globex, `${A} 1`, "GLOBEX-ON-HOLD")
    const o2 = await api("GET", `/store/ordo/orders/${held}`, { token: globex })
    expect(o2.body.approval.reasons.map((r: any) => r.type)).toEqual(["company_on_hold"])

    expect((await credit({ credit_limit: "60000", on_hold: false, hold_reason: null })).status).toBe(200)
    const fine = await placeOrder(globex, `${A} 1`, "GLOBEX-OK")
    expect((await api("GET", `/store/ordo/orders/${fine}`, { token: globex })).body.approval).toBeNull()
  })

  it("credits returned lines at the invoiced price in their own gapless series, never more than invoiced; prints PDFs", async () => {
    const orderId = await placeOrder(acme, `${A} 3`, "AR-CREDIT-NOTE")
    const inv = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: orderId } })).body.invoice
    const unit = Number(
      (await api("GET", `/admin/ordo/invoices/${inv.id}`, { token: staff })).body.invoice.lines[0].unit_price,
    )
    const cn = await api("POST", `/admin/ordo/invoices/${inv.id}/credit-notes`, {
      token: staff,
      body: { reason: "1 returned, damaged", lines: [{ sku: A, quantity: 1 }] },
    })
    expect(cn.status).toBe(201)
    expect(cn.body.credit_note.number).toMatch(/^CN-\d{4}-\d{6}$/)
    expect(Number(cn.body.credit_note.total)).toBeCloseTo(unit, 2)
    const after = (await api("GET", `/admin/ordo/invoices/${inv.id}`, { token: staff })).body.invoice
    expect(after.status).toBe("partially_paid")
    expect(Number(after.balance)).toBeCloseTo(2 * unit, 2)
    const tooMany = await api("POST", `/admin/ordo/invoices/${inv.id}/credit-notes`, {
      token: staff,
      body: { reason: "again", lines: [{ sku: A, quantity: 3 }] },
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.message).toMatch(new RegExp(`at most 2 of ${A}`))
    const wrongSku = await api("POST", `/admin/ordo/invoices/${inv.id}/credit-notes`, {
      token: staff,
      body: { reason: "x", lines: [{ sku: "NOPE", quantity: 1 }] },
    })
    expect(wrongSku.status).toBe(400)
    for (const lang of ["en", "zh-CN"]) {
      const pdf = await fetch(`${stack().backendUrl}/store/ordo/invoices/${inv.id}/pdf?lang=${lang}`, {
        headers: { authorization: `Bearer ${acme}`, "x-publishable-api-key": stack().publishableKey },
      })
      expect(pdf.status).toBe(200)
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-")
    }
    const notMine = await fetch(`${stack().backendUrl}/store/ordo/invoices/${inv.id}/pdf`, {
      headers: { authorization: `Bearer ${globex}`, "x-publishable-api-key": stack().publishableKey },
    })
    expect(notMine.status).toBe(404)
  })

  it("invoices the whole order when it is placed, for companies set to invoice on placement", async () => {
    const globexCompany = (await api("GET", "/store/ordo/company", { token: globex })).body.company.id
    await api("POST", `/admin/ordo/companies/${globexCompany}/credit`, {
      token: staff,
      body: { invoice_on: "order_placed", terms: "eom", net_days: 15, credit_limit: null, on_hold: false },
    })
    try {
      const orderId = await placeOrder(globex, `${A} 2`, "PLACED-INVOICE")
      const { body } = await until(
        () => api("GET", `/admin/ordo/invoices?order_id=${orderId}`, { token: staff }),
        (r) => r.body.invoices?.length === 1,
      )
      const [inv] = body.invoices
      expect(inv).toMatchObject({ currency_code: "usd", status: "issued", kind: "invoice" })
      // End of month + 15: due on the 15th of next month.
      const issued = new Date(inv.issued_at)
      const due = new Date(inv.due_at)
      expect(due.getUTCDate()).toBe(15)
      expect((due.getUTCMonth() - issued.getUTCMonth() + 12) % 12).toBe(1)
    } finally {
      await api("POST", `/admin/ordo/companies/${globexCompany}/credit`, {
        token: staff,
        body: { invoice_on: "fulfillment", credit_limit: "60000" },
      })
    }
  })

  it("deposit terms: a deposit invoice at order time, no shipping until it is paid, then deducted from the invoice", async () => {
    const initech = await loginBuyer("buyer@initech.test")
    const initechCompany = (await api("GET", "/store/ordo/company", { token: initech })).body.company.id
    const set = await api("POST", `/admin/ordo/companies/${initechCompany}/credit`, {
      token: staff,
      body: { terms: "deposit", deposit_percent: "30", net_days: 30, invoice_on: "fulfillment", on_hold: false },
    })
    expect(set.status).toBe(200)
    try {
      const orderId = await placeOrder(initech, `${A} 5`, "DEPOSIT-30")
      const { body } = await until(
        () => api("GET", `/admin/ordo/invoices?order_id=${orderId}`, { token: staff }),
        (r) => r.body.invoices?.length === 1,
      )
      const [deposit] = body.invoices
      const order = await api("GET", `/admin/orders/${orderId}?fields=id,total,*items`, { token: staff })
      const total = Number(order.body.order.total)
      expect(deposit).toMatchObject({ kind: "deposit", status: "issued" })
      expect(Number(deposit.total)).toBeCloseTo(Math.round(total * 30) / 100, 2)

      const item = order.body.order.items[0]
      const early = await api("POST", `/admin/orders/${orderId}/fulfillments`, {
        token: staff,
        body: { items: [{ id: item.id, quantity: 5 }] },
      })
      expect(early.status).toBe(400)
      expect(early.body.message).toMatch(new RegExp(`waits for its deposit: invoice ${deposit.number}`))

      const paid = await api("POST", "/admin/ordo/payments", {
        token: staff,
        body: {
          company_id: initechCompany,
          amount: deposit.total,
          method: "bank_transfer",
          allocations: [{ invoice_id: deposit.id, amount: deposit.total }],
        },
      })
      expect(paid.status).toBe(201)
      const shipped = await api("POST", `/admin/orders/${orderId}/fulfillments`, {
        token: staff,
        body: { items: [{ id: item.id, quantity: 5 }] },
      })
      expect(shipped.status).toBe(200)
      const after = await until(
        () => api("GET", `/admin/ordo/invoices?order_id=${orderId}`, { token: staff }),
        (r) => r.body.invoices?.length === 2,
      )
      const balanceInvoice = after.body.invoices.find((i: any) => i.kind === "invoice")
      expect(Number(balanceInvoice.total)).toBeCloseTo(total - Number(deposit.total), 2)
      const lines = (await api("GET", `/admin/ordo/invoices/${balanceInvoice.id}`, { token: staff })).body.invoice.lines
      expect(lines.find((l: any) => l.sku === "DEPOSIT").title).toBe(`Less deposit ${deposit.number}`)
    } finally {
      await api("POST", `/admin/ordo/companies/${initechCompany}/credit`, {
        token: staff,
        body: { terms: "net", net_days: 60, deposit_percent: null },
      })
    }
  })

  it("keeps over-payment as credit and applies it to a later invoice, never more than is left", async () => {
    const firstOrder = await placeOrder(acme, `${A} 1`, "CREDIT-1")
    const first = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: firstOrder } })).body
      .invoice
    const over = await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: companyId,
        amount: (Number(first.total) + 500).toFixed(2),
        method: "bank_transfer",
        allocations: [{ invoice_id: first.id, amount: first.total }],
      },
    })
    expect(Number(over.body.payment.unallocated)).toBeCloseTo(500, 2)
    const laterOrder = await placeOrder(acme, `${A} 1`, "CREDIT-2")
    const later = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: laterOrder } })).body
      .invoice
    const tooMuch = await api("POST", `/admin/ordo/payments/${over.body.payment.id}/apply`, {
      token: staff,
      body: { allocations: [{ invoice_id: later.id, amount: "600" }] },
    })
    expect(tooMuch.status).toBe(400)
    const use = Math.min(Number(later.total), 500).toFixed(2)
    const applied = await api("POST", `/admin/ordo/payments/${over.body.payment.id}/apply`, {
      token: staff,
      body: { allocations: [{ invoice_id: later.id, amount: use }] },
    })
    expect(applied.status).toBe(200)
    expect(Number(applied.body.payment.unallocated)).toBeCloseTo(500 - Number(use), 2)
    const after = (await api("GET", `/admin/ordo/invoices/${later.id}`, { token: staff })).body.invoice
    expect(Number(after.paid_total)).toBeCloseTo(Number(use), 2)
  })

  it("prepaid terms: the whole order is invoiced up front and nothing ships before it is paid", async () => {
    const initech = await loginBuyer("buyer@initech.test")
    const initechCompany = (await api("GET", "/store/ordo/company", { token: initech })).body.company.id
    await api("POST", `/admin/ordo/companies/${initechCompany}/credit`, {
      token: staff,
      body: { terms: "prepaid", invoice_on: "fulfillment", on_hold: false },
    })
    try {
      const orderId = await placeOrder(initech, `${A} 2`, "PREPAID")
      const { body } = await until(
        () => api("GET", `/admin/ordo/invoices?order_id=${orderId}`, { token: staff }),
        (r) => r.body.invoices?.length === 1,
      )
      const order = await api("GET", `/admin/orders/${orderId}?fields=id,total,*items`, { token: staff })
      expect(Number(body.invoices[0].total), JSON.stringify(body.invoices[0]).slice(0, 600)).toBeCloseTo(
        Number(order.body.order.total),
        2,
      )
      const ship = await api("POST", `/admin/orders/${orderId}/fulfillments`, {
        token: staff,
        body: { items: [{ id: order.body.order.items[0].id, quantity: 2 }] },
      })
      expect(ship.status).toBe(400)
    } finally {
      await api("POST", `/admin/ordo/companies/${initechCompany}/credit`, {
        token: staff,
        body: { terms: "net", net_days: 60 },
      })
    }
  })
})
