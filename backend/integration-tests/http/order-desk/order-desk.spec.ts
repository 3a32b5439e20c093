import { beforeAll, describe, expect, it } from "vitest"
import { api, createStockedProduct, loginAdmin, registerBuyer, until } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

/**
 * All orders (GET /admin/ordo/orders): every filter staff can pick, counted against orders this
 * file places for a company of its own (so earlier files' orders never change the counts).
 */
describe("All orders: each filter finds exactly the orders in that state", () => {
  const run = Date.now()
  const po = (x: string) => `DESK-${x}-${run}`
  let staff: string
  let buyer: Awaited<ReturnType<typeof registerBuyer>>
  let companyId: string
  let sku: string
  const ids: Record<string, string> = {}

  async function place(quantity: number, name: string) {
    const cart = await api("POST", "/store/ordo/quick-order", {
      token: buyer.token,
      body: { text: `${sku} ${quantity}` },
    })
    expect(cart.status, JSON.stringify(cart.body)).toBe(200)
    const r = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: buyer.token,
      body: { address_id: buyer.addressId, po_number: po(name) },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    ids[name] = r.body.order.id
    return r.body
  }

  /** The company's orders under the given filters: their count and ids. */
  async function list(filters: Record<string, string> = {}) {
    const qs = new URLSearchParams({ company_id: companyId, limit: "50", ...filters })
    const r = await api("GET", `/admin/ordo/orders?${qs}`, { token: staff })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    return { count: r.body.count as number, ids: (r.body.orders as any[]).map((o) => o.id).sort(), rows: r.body.orders }
  }
  const idsOf = (...names: string[]) => names.map((n) => ids[n]).sort()

  beforeAll(async () => {
    staff = await loginAdmin()
    const company = await api("POST", "/admin/ordo/companies", {
      token: staff,
      body: { legal_name: `Desk Filters ${run}`, currency_code: "cny", locale: "en" },
    })
    expect(company.status, JSON.stringify(company.body)).toBe(201)
    companyId = company.body.company.id
    buyer = await registerBuyer(`desk.${run}@deskfilters.test`)
    const attach = await api("POST", `/admin/ordo/companies/${companyId}/buyers`, {
      token: staff,
      body: { customer_id: buyer.customerId, role: "admin" },
    })
    expect(attach.status, JSON.stringify(attach.body)).toBe(201)
    // On account, invoiced when shipped: placing alone leaves an order "not invoiced".
    const terms = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: staff,
      body: { terms: "net", net_days: 30, invoice_on: "fulfillment" },
    })
    expect(terms.status, JSON.stringify(terms.body)).toBe(200)
    sku = `TEST-DESK-${run}`
    await createStockedProduct(staff, sku, 5000)

    // SHIPPED: shipped in full (its invoice follows the shipment, unpaid).
    await place(10, "SHIPPED")
    const shipped = await api("POST", `/admin/ordo/orders/${ids.SHIPPED}/shipments`, {
      token: staff,
      body: { carrier: "sf_express", tracking_number: `SF${String(run).slice(-10)}` },
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    await until(
      () => api("GET", `/admin/ordo/invoices?order_id=${ids.SHIPPED}`, { token: staff }),
      (r) => r.body.invoices?.length === 1,
    )
    // UNPAID: invoiced by hand, not shipped. OVERDUE: the same, its due date passed. NEW: nothing yet.
    for (const name of ["UNPAID", "OVERDUE"]) {
      await place(10, name)
      const inv = await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: ids[name] } })
      expect(inv.status, JSON.stringify(inv.body)).toBeLessThan(300)
    }
    await sql("update invoice set due_at = now() - interval '5 days' where order_id = $1", [ids.OVERDUE])
    await place(10, "NEW")
    // WAITING and REJECTED: above 50,000 CNY, so they wait for the sales manager; one is rejected.
    for (const name of ["WAITING", "REJECTED"]) {
      const placed = await place(600, name)
      expect(placed.order.ordo_status).toBe("requires_approval")
      if (name === "REJECTED") {
        const rej = await api("POST", `/admin/ordo/approvals/${placed.approval_request_id}/decision`, {
          token: staff,
          body: { decision: "rejected", comment: "Not this month" },
        })
        expect(rej.status, JSON.stringify(rej.body)).toBe(200)
      }
    }
  })

  it("lists the company's six orders with their PO numbers and human statuses (a rejected order is not a draft)", async () => {
    const all = await list()
    expect(all.count).toBe(6)
    const byId = new Map(all.rows.map((o: any) => [o.id, o]))
    expect((byId.get(ids.WAITING) as any).status).toBe("requires_approval")
    expect((byId.get(ids.REJECTED) as any).status).toBe("rejected")
    expect((byId.get(ids.NEW) as any).status).toBe("pending")
    expect((byId.get(ids.OVERDUE) as any).po_number).toBe(po("OVERDUE"))
  })

  it("filters by status: waiting for approval, rejected, staff draft, open, cancelled", async () => {
    expect(await list({ status: "requires_approval" })).toMatchObject({ count: 1, ids: idsOf("WAITING") })
    expect(await list({ status: "rejected" })).toMatchObject({ count: 1, ids: idsOf("REJECTED") })
    expect((await list({ status: "draft" })).count).toBe(0)
    expect((await list({ status: "canceled" })).count).toBe(0)
    expect(await list({ status: "pending" })).toMatchObject({
      count: 4,
      ids: idsOf("SHIPPED", "UNPAID", "OVERDUE", "NEW"),
    })
  })

  it("filters by payment state: not invoiced, unpaid, overdue, paid", async () => {
    expect(await list({ payment: "not_invoiced" })).toMatchObject({ count: 1, ids: idsOf("NEW") })
    expect(await list({ payment: "unpaid" })).toMatchObject({ count: 2, ids: idsOf("SHIPPED", "UNPAID") })
    expect(await list({ payment: "overdue" })).toMatchObject({ count: 1, ids: idsOf("OVERDUE") })
    expect((await list({ payment: "paid" })).count).toBe(0)
  })

  it("filters by shipping state, and combines filters", async () => {
    expect(await list({ shipping: "not_shipped" })).toMatchObject({
      count: 3,
      ids: idsOf("UNPAID", "OVERDUE", "NEW"),
    })
    expect(await list({ shipping: "shipped" })).toMatchObject({ count: 1, ids: idsOf("SHIPPED") })
    expect(await list({ shipping: "not_shipped", payment: "unpaid" })).toMatchObject({ count: 1, ids: idsOf("UNPAID") })
    // A PO search keeps the status filter: the waiting order's PO is found, another PO under "waiting" is not.
    expect(await list({ q: po("WAITING"), status: "requires_approval" })).toMatchObject({
      count: 1,
      ids: idsOf("WAITING"),
    })
    expect((await list({ q: po("NEW"), status: "requires_approval" })).count).toBe(0)
  })

  it("pages through a filtered list and refuses an unknown state, naming the field", async () => {
    const first = await list({ status: "pending", limit: "3" })
    const second = await list({ status: "pending", limit: "3", offset: "3" })
    expect([first.rows.length, second.rows.length, first.count]).toEqual([3, 1, 4])
    expect(new Set([...first.ids, ...second.ids]).size).toBe(4)
    const bad = await api("GET", `/admin/ordo/orders?payment=late`, { token: staff })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/payment: one of not_invoiced, unpaid/)
  })
})

describe("sending a quote above stock: staff see each short line, the quote still goes, the buyer reads the lead time", () => {
  const run = Date.now()
  let staff: string
  let buyerToken: string
  let quoteId: string
  const scarce = `TEST-QSTOCK-LOW-${run}`
  const plenty = `TEST-QSTOCK-OK-${run}`

  beforeAll(async () => {
    staff = await loginAdmin()
    await createStockedProduct(staff, scarce, 20)
    await createStockedProduct(staff, plenty, 1000)
    const company = await api("POST", "/admin/ordo/companies", {
      token: staff,
      body: { legal_name: `Quote Stock ${run}`, currency_code: "cny", locale: "en" },
    })
    const buyer = await registerBuyer(`quote.stock.${run}@deskfilters.test`)
    buyerToken = buyer.token
    await api("POST", `/admin/ordo/companies/${company.body.company.id}/buyers`, {
      token: staff,
      body: { customer_id: buyer.customerId, role: "admin" },
    })
    const created = await api("POST", "/admin/ordo/quotes", {
      token: staff,
      body: {
        company_id: company.body.company.id,
        customer_id: buyer.customerId,
        lines: [
          { sku: scarce, quantity: 50 },
          { sku: plenty, quantity: 5 },
        ],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300)
    quoteId = created.body.quote.id
  })

  it("warns before sending, naming only the short SKU with quoted and available quantities", async () => {
    const detail = await api("GET", `/admin/ordo/quotes/${quoteId}`, { token: staff })
    expect(detail.status).toBe(200)
    expect(detail.body.stock_warnings).toEqual([
      expect.objectContaining({ sku: scarce, quoted: 50, available: 20, in_stock: 20 }),
    ])
  })

  it("refuses a lead time note that is too long, naming the field; nothing is sent", async () => {
    const bad = await api("POST", `/admin/ordo/quotes/${quoteId}/send`, {
      token: staff,
      body: { lead_time_note: "x".repeat(1001) },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/lead_time_note: at most 1000 characters/)
    expect((await api("GET", `/admin/ordo/quotes/${quoteId}`, { token: staff })).body.quote.status).toBe("draft")
  })

  it("sends all the same, answering with the warning and keeping the note the buyer sees", async () => {
    const note = "20 ship this week; the other 30 in 3 weeks (backorder)"
    const sent = await api("POST", `/admin/ordo/quotes/${quoteId}/send`, {
      token: staff,
      body: { lead_time_note: ` ${note} ` },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body.quote).toMatchObject({ status: "sent", lead_time_note: note })
    expect(sent.body.stock_warnings.map((w: any) => [w.sku, w.quoted, w.available])).toEqual([[scarce, 50, 20]])
    const seen = await api("GET", `/store/ordo/quotes/${quoteId}`, { token: buyerToken })
    expect(seen.status).toBe(200)
    expect(seen.body.quote.lead_time_note).toBe(note)
  })
})
