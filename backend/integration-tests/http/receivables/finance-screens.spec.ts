import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, login, loginAdmin, loginBuyer } from "../../../../tests/support/api"
import { stockedSkus } from "../../../../tests/support/db"

async function placeOrder(token: string, text: string, po: string) {
  const cart = await api("POST", "/store/ordo/quick-order", { token, body: { text } })
  expect(cart.status).toBe(200)
  const r = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
    token,
    body: { address_id: await buyerAddressId(token), po_number: po },
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return r.body.order as { id: string; display_id: number }
}

/** What the Receivables page and the company page read: search, filters, paging, payments, credit. */
describe("finance screens: invoice search and filters, payments list, reverse, apply credit, credit available", () => {
  let staff: string
  let sales: string
  let acme: string
  let globex: string
  let acmeId: string
  let globexId: string
  let po: string
  let order: { id: string; display_id: number }
  let invoice: any
  let globexInvoice: any
  beforeAll(async () => {
    ;[staff, sales, acme, globex] = await Promise.all([
      loginAdmin(),
      login("user", "sales@ordo.test", "ordo-staff"),
      loginBuyer("buyer@acme.test"),
      loginBuyer("buyer@globex.test"),
    ])
    acmeId = (await api("GET", "/store/ordo/company", { token: acme })).body.company.id
    globexId = (await api("GET", "/store/ordo/company", { token: globex })).body.company.id
    const [sku] = await stockedSkus(1, 20)
    po = `FIN-360-${Date.now()}`
    order = await placeOrder(acme, `${sku} 3`, po)
    const issued = await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: order.id } })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    invoice = issued.body.invoice
    const other = await placeOrder(globex, `${sku} 1`, `${po}-GLOBEX`)
    globexInvoice = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: other.id } })).body
      .invoice
  })

  const list = async (qs: string) => {
    const r = await api("GET", `/admin/ordo/invoices?${qs}`, { token: staff })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    return r.body as { invoices: any[]; count: number }
  }

  it("finds an invoice by its number, its order number, the PO and the company's name, with order and PO on the row", async () => {
    const byPo = await list(`q=${encodeURIComponent(po)}`)
    expect(byPo.invoices.map((i) => i.id)).toEqual([invoice.id])
    expect(byPo.count).toBe(1)
    expect(byPo.invoices[0]).toMatchObject({
      po_number: po,
      order_id: order.id,
      order_display_id: order.display_id,
      company_id: acmeId,
    })
    expect(byPo.invoices[0].company_name).toMatch(/Acme/)
    expect((await list(`q=${invoice.number}`)).invoices.map((i) => i.id)).toEqual([invoice.id])
    // Part of the number (the year and sequence) is enough.
    expect((await list(`q=${invoice.number.slice(4)}`)).invoices.map((i) => i.id)).toContain(invoice.id)
    expect((await list(`q=%23${order.display_id}`)).invoices.map((i) => i.id)).toContain(invoice.id)
    const byCompany = await list("q=acme&limit=200")
    expect(byCompany.invoices.map((i) => i.id)).toContain(invoice.id)
    expect(byCompany.invoices.every((i) => i.company_id === acmeId)).toBe(true)
    expect((await list("q=no-such-invoice-anywhere")).count).toBe(0)
    // A search's % and _ are letters, not wildcards.
    expect((await list("q=%25")).count).toBe(0)
  })

  it("filters by open, overdue, paid and void and by company, and pages with a count", async () => {
    const open = await list(`status=open&company_id=${acmeId}&limit=200`)
    expect(open.invoices.map((i) => i.id)).toContain(invoice.id)
    expect(open.invoices.every((i) => i.status === "issued" || i.status === "partially_paid")).toBe(true)
    expect((await list(`status=paid&company_id=${acmeId}&limit=200`)).invoices.map((i) => i.id)).not.toContain(
      invoice.id,
    )
    // Net 30 from today: not overdue now, overdue 40 days on.
    expect((await list(`status=overdue&q=${encodeURIComponent(po)}`)).count).toBe(0)
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10)
    const overdue = await list(`status=overdue&q=${encodeURIComponent(po)}&as_of=${later}`)
    expect(overdue.invoices.map((i) => i.id)).toEqual([invoice.id])
    expect(overdue.invoices[0].overdue).toBe(true)
    const globexOnly = await list(`company_id=${globexId}&limit=200`)
    expect(globexOnly.invoices.map((i) => i.id)).toContain(globexInvoice.id)
    expect(globexOnly.invoices.every((i) => i.company_id === globexId)).toBe(true)

    const all = await list("limit=200")
    expect(all.count).toBeGreaterThanOrEqual(2)
    const [first, second] = await Promise.all([list("limit=1&offset=0"), list("limit=1&offset=1")])
    expect(first.count).toBe(all.count)
    expect(first.invoices).toHaveLength(1)
    expect(second.invoices[0].id).not.toBe(first.invoices[0].id)
    expect([first.invoices[0].id, second.invoices[0].id]).toEqual(all.invoices.slice(0, 2).map((i) => i.id))

    const bad = await api("GET", "/admin/ordo/invoices?status=late", { token: staff })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/status/)
    expect((await api("GET", "/admin/ordo/invoices?limit=0", { token: staff })).body.message).toMatch(/limit/)
  })

  it("lists payments with the company's name and the invoice numbers they settled; a reversal reopens the invoice", async () => {
    const reference = `SLIP-${Date.now()}`
    const paid = await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: acmeId,
        amount: invoice.total,
        method: "bank_transfer",
        reference,
        received_at: "2026-11-02",
        allocations: [{ invoice_id: invoice.id, amount: invoice.total }],
      },
    })
    expect(paid.status, JSON.stringify(paid.body)).toBe(201)
    expect(paid.body.payment.received_at).toMatch(/^2026-11-02/)
    const payments = (await api("GET", `/admin/ordo/payments?company_id=${acmeId}&limit=200`, { token: staff })).body
    const row = payments.payments.find((p: any) => p.reference === reference)
    expect(row.company_name).toMatch(/Acme/)
    expect(row.allocations).toEqual([
      expect.objectContaining({ invoice_id: invoice.id, invoice_number: invoice.number }),
    ])
    expect(payments.count).toBeGreaterThanOrEqual(1)
    expect((await list(`status=paid&q=${encodeURIComponent(po)}`)).invoices.map((i) => i.id)).toEqual([invoice.id])

    // Staff without the finance right may read but not reverse.
    expect((await api("GET", "/admin/ordo/payments?limit=1", { token: sales })).status).toBe(200)
    const refused = await api("POST", `/admin/ordo/payments/${row.id}/reverse`, {
      token: sales,
      body: { reason: "bounced" },
    })
    expect(refused.status).toBe(403)
    const noReason = await api("POST", `/admin/ordo/payments/${row.id}/reverse`, { token: staff, body: { reason: "" } })
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toMatch(/reason/)

    const reversed = await api("POST", `/admin/ordo/payments/${row.id}/reverse`, {
      token: staff,
      body: { reason: "cheque bounced" },
    })
    expect(reversed.status).toBe(200)
    const after = (await list(`q=${encodeURIComponent(po)}`)).invoices[0]
    expect(after.status).toBe("issued")
    expect(Math.round(Number(after.balance) * 100)).toBe(Math.round(Number(invoice.total) * 100))
    const listed = (await api("GET", `/admin/ordo/payments?company_id=${acmeId}&limit=200`, { token: staff })).body
    expect(listed.payments.find((p: any) => p.id === row.id).reversal_reason).toBe("cheque bounced")
  })

  it("applies a company's unallocated credit to its own invoice only; finance alone may", async () => {
    // 3.00 received against 1.00 of the invoice: 2.00 stays as the company's credit.
    const credit = await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: acmeId,
        amount: "3.00",
        method: "cash",
        reference: `CREDIT-${Date.now()}`,
        allocations: [{ invoice_id: invoice.id, amount: "1.00" }],
      },
    })
    expect(credit.status, JSON.stringify(credit.body)).toBe(201)
    const paymentId = credit.body.payment.id
    const left = credit.body.payment
    expect(Number(left.unallocated)).toBe(2)

    const elsewhere = await api("POST", `/admin/ordo/payments/${paymentId}/apply`, {
      token: staff,
      body: { allocations: [{ invoice_id: globexInvoice.id, amount: left.unallocated }] },
    })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.message).toMatch(/invoice_id/)
    const bySales = await api("POST", `/admin/ordo/payments/${paymentId}/apply`, {
      token: sales,
      body: { allocations: [{ invoice_id: invoice.id, amount: left.unallocated }] },
    })
    expect(bySales.status).toBe(403)
    const applied = await api("POST", `/admin/ordo/payments/${paymentId}/apply`, {
      token: staff,
      body: { allocations: [{ invoice_id: invoice.id, amount: left.unallocated }] },
    })
    expect(applied.status, JSON.stringify(applied.body)).toBe(200)
    expect(Number(applied.body.payment.unallocated)).toBe(0)
    const after = (await list(`q=${encodeURIComponent(po)}`)).invoices[0]
    expect(after.status).toBe("partially_paid")
    expect(Math.round(Number(after.paid_total) * 100)).toBe(300)
  })

  it("credit notes and invoicing by hand need the finance right; buyers get no staff routes", async () => {
    const [sku] = await stockedSkus(1, 20)
    const fresh = await placeOrder(acme, `${sku} 2`, `${po}-NOTE`)
    const note = await api("POST", `/admin/ordo/invoices/${invoice.id}/credit-notes`, {
      token: sales,
      body: { reason: "returned", lines: [{ sku: invoice.lines[0].sku, quantity: 1 }] },
    })
    expect(note.status).toBe(403)
    expect((await api("POST", "/admin/ordo/invoices", { token: sales, body: { order_id: fresh.id } })).status).toBe(403)
    for (const path of ["/admin/ordo/invoices", "/admin/ordo/payments", `/admin/ordo/companies/${acmeId}/credit`]) {
      expect([401, 403], path).toContain((await api("GET", path, { token: acme })).status)
    }
    // Credit notes are listed by kind, each naming the invoice it corrects (an open one: the note settles it).
    const target = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: fresh.id } })).body
      .invoice
    const issued = await api("POST", `/admin/ordo/invoices/${target.id}/credit-notes`, {
      token: staff,
      body: { reason: "returned", lines: [{ sku, quantity: 1 }] },
    })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    expect(issued.body.credit_note.status).toBe("paid")
    const notes = await list(`company_id=${acmeId}&kind=credit_note&limit=200`)
    expect(notes.invoices.every((i) => i.kind === "credit_note")).toBe(true)
    expect(notes.invoices.find((i) => i.id === issued.body.credit_note.id).source_invoice_id).toBe(target.id)
  })

  it("applies what a credit note left over to another open invoice of the company, and nothing more", async () => {
    const [sku] = await stockedSkus(1, 20)
    const first = await placeOrder(acme, `${sku} 2`, `${po}-CN-A`)
    const paidInvoice = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: first.id } })).body
      .invoice
    await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: acmeId,
        amount: paidInvoice.total,
        method: "bank_transfer",
        allocations: [{ invoice_id: paidInvoice.id, amount: paidInvoice.total }],
      },
    })
    // A return on a paid invoice: the whole note is the company's credit.
    const note = (
      await api("POST", `/admin/ordo/invoices/${paidInvoice.id}/credit-notes`, {
        token: staff,
        body: { reason: "returned after paying", lines: [{ sku, quantity: 1 }] },
      })
    ).body.credit_note
    expect(note.status).toBe("issued")
    const second = await placeOrder(acme, `${sku} 2`, `${po}-CN-B`)
    const target = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: second.id } })).body
      .invoice
    const apply = (token: string, body: Record<string, unknown>) =>
      api("POST", `/admin/ordo/invoices/${note.id}/apply`, { token, body })
    const tooMuch = await apply(staff, {
      invoice_id: target.id,
      amount: (Math.round(Number(note.total) * 100 + 1) / 100).toFixed(2),
    })
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.message).toMatch(/^amount: more than the credit left on CN-/)
    const elsewhere = await apply(staff, { invoice_id: globexInvoice.id, amount: "1.00" })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.message).toMatch(/^invoice_id: /)
    expect((await apply(sales, { invoice_id: target.id, amount: "1.00" })).status).toBe(403)
    expect((await apply(acme, { invoice_id: target.id, amount: "1.00" })).status).toBeGreaterThanOrEqual(401)
    expect(
      (
        await api("POST", `/admin/ordo/invoices/${target.id}/apply`, {
          token: staff,
          body: { invoice_id: target.id, amount: "1.00" },
        })
      ).status,
    ).toBe(404)

    const done = await apply(staff, { invoice_id: target.id, amount: String(note.total) })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.credit_note.status).toBe("paid")
    const after = (await list(`q=${encodeURIComponent(`${po}-CN-B`)}`)).invoices[0]
    expect(after.status).toBe("partially_paid")
    expect(Math.round(Number(after.paid_total) * 100)).toBe(Math.round(Number(note.total) * 100))
    // Used up: nothing more to apply.
    expect((await apply(staff, { invoice_id: target.id, amount: "0.01" })).body.message).toMatch(/^credit_note: /)
  })

  it("shows the credit still available under the limit, in exact decimals", async () => {
    const before = (await api("GET", `/admin/ordo/companies/${globexId}/credit`, { token: staff })).body
    await api("POST", `/admin/ordo/companies/${globexId}/credit`, { token: staff, body: { credit_limit: "100000.10" } })
    const r = (await api("GET", `/admin/ordo/companies/${globexId}/credit`, { token: staff })).body
    const cents = (x: string) => Math.round(Number(x) * 100)
    expect(cents(r.exposure.available)).toBe(cents("100000.10") - cents(r.exposure.exposure))
    await api("POST", `/admin/ordo/companies/${globexId}/credit`, { token: staff, body: { credit_limit: null } })
    const unlimited = (await api("GET", `/admin/ordo/companies/${globexId}/credit`, { token: staff })).body
    expect(unlimited.exposure.available).toBeNull()
    await api("POST", `/admin/ordo/companies/${globexId}/credit`, {
      token: staff,
      body: { credit_limit: before.credit.credit_limit },
    })
  })
})
