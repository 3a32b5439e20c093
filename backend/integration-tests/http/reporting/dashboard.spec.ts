import { beforeAll, describe, expect, it } from "vitest"
import { api, createStockedProduct, login, loginAdmin, registerBuyer, until } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"
import { comparedMonths } from "../../../src/domain/dashboard"
import { dayIn } from "../../../src/domain/sales-rollup"
import { moveOrdersTo, staffUser } from "./support"

/**
 * The dashboard's figures against a small data set computed by hand. The test's company belongs
 * to a sales rep made for it, so the figures (asked for that rep) are the test's own whatever
 * else the shared database holds. Orders are placed through the store API; two are then moved
 * to last month and the same month last year (moveOrdersTo: order date and facts, then a rollup
 * rebuild).
 *
 * Prices: 100.00 CNY a unit including 13 % VAT (88.50 net); cost: one FIFO layer at 40.00.
 */
describe("dashboard: figures of a rep's customers, by month, and who sees what", () => {
  const run = Date.now()
  const sku = `TEST-DASH-${run}`
  const net = (units: number) => (units * 100) / 1.13
  let manager: string
  let rep: { userId: string; token: string }
  let companyId: string
  let productId: string
  let buyer: Awaited<ReturnType<typeof registerBuyer>>
  const ids: Record<string, string> = {}
  const months = comparedMonths(dayIn(new Date(), process.env.REPORT_TIMEZONE || "Asia/Shanghai"))

  async function place(quantity: number, name: string) {
    const cart = await api("POST", "/store/ordo/quick-order", {
      token: buyer.token,
      body: { text: `${sku} ${quantity}` },
    })
    expect(cart.status, JSON.stringify(cart.body)).toBe(200)
    const r = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: buyer.token,
      body: { address_id: buyer.addressId, po_number: `DASH-${name}-${run}` },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    ids[name] = r.body.order.id
    return r.body
  }
  const factsOf = (orderId: string) =>
    until(
      () => sql("select 1 from sales_order_fact where order_id = $1", [orderId]),
      (r) => r.length > 0,
      100,
    )
  const dashboard = (token: string, query = "") => api("GET", `/admin/ordo/dashboard?currency=cny${query}`, { token })

  beforeAll(async () => {
    manager = await loginAdmin()
    rep = await staffUser(`rep.${run}@dashboard.test`, ["sales"])
    const company = await api("POST", "/admin/ordo/companies", {
      token: manager,
      body: { legal_name: `Dashboard Figures ${run}`, currency_code: "cny", locale: "en" },
    })
    expect(company.status, JSON.stringify(company.body)).toBe(201)
    companyId = company.body.company.id
    await sql("update company set sales_rep_id = $2 where id = $1", [companyId, rep.userId])
    buyer = await registerBuyer(`dash.${run}@dashboard.test`)
    const attach = await api("POST", `/admin/ordo/companies/${companyId}/buyers`, {
      token: manager,
      body: { customer_id: buyer.customerId, role: "admin" },
    })
    expect(attach.status, JSON.stringify(attach.body)).toBe(201)
    const terms = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: manager,
      body: { terms: "net", net_days: 30, invoice_on: "manual" },
    })
    expect(terms.status, JSON.stringify(terms.body)).toBe(200)
    ;({ productId } = await createStockedProduct(manager, sku, 5000))
    const locations = await api("GET", "/admin/ordo/stock/locations", { token: manager })
    const shanghai = locations.body.locations.find((l: any) => /shanghai/i.test(l.name)).id
    const receipt = await api("POST", "/admin/ordo/purchase-receipts", {
      token: manager,
      body: {
        supplier: "Dashboard Test Supplier",
        received_at: "2025-01-15",
        lines: [{ sku, location_id: shanghai, quantity: 3000, unit_cost: "40.00" }],
      },
    })
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201)

    // This month: 3 units and 4 units; a cancelled one (not counted); one of 600 units waiting for approval.
    await place(3, "NOW")
    await place(4, "NOW2")
    await place(1, "CANCELLED")
    await place(2, "LAST_MONTH")
    await place(5, "LAST_YEAR")
    for (const n of ["NOW", "NOW2", "CANCELLED", "LAST_MONTH", "LAST_YEAR"]) await factsOf(ids[n])
    const cancel = await api("POST", `/admin/orders/${ids.CANCELLED}/cancel`, { token: manager })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    await until(
      () => sql("select 1 from sales_order_fact where order_id = $1", [ids.CANCELLED]),
      (r) => r.length === 0,
      100,
    )
    const waiting = await place(600, "WAITING")
    expect(waiting.order.ordo_status).toBe("requires_approval")
    await moveOrdersTo([ids.LAST_MONTH], `${months.previous.slice(0, 8)}15`)
    await moveOrdersTo([ids.LAST_YEAR], `${months.lastYear.slice(0, 8)}15`)

    // NOW is invoiced (300.00 incl. VAT), 120.00 of it paid this month, and the invoice made overdue.
    const inv = await api("POST", "/admin/ordo/invoices", { token: manager, body: { order_id: ids.NOW } })
    expect(inv.status, JSON.stringify(inv.body)).toBeLessThan(300)
    const invoiceId = inv.body.invoice.id
    const paid = await api("POST", "/admin/ordo/payments", {
      token: manager,
      body: {
        company_id: companyId,
        amount: "120.00",
        method: "bank_transfer",
        allocations: [{ invoice_id: invoiceId, amount: "120.00" }],
      },
    })
    expect(paid.status, JSON.stringify(paid.body)).toBeLessThan(300)
    await sql("update invoice set due_at = now() - interval '3 days' where id = $1", [invoiceId])
  })

  it("adds up this month, last month and the same month last year for the rep's customers, by hand", async () => {
    const r = await dashboard(manager, `&rep=${rep.userId}`)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    const d = r.body
    expect(d.scope).toMatchObject({ rep_id: rep.userId, sales: true, manage_alerts: true })
    // Sales net of VAT; cost at the 40.00 layer; profit the difference.
    const cur = d.sales.current
    expect(cur.orders).toBe(2)
    expect(Number(cur.net_amount)).toBeCloseTo(net(7), 1)
    expect(Number(cur.cost_amount)).toBe(280)
    expect(Number(cur.profit)).toBeCloseTo(net(7) - 280, 1)
    expect(d.sales.previous).toMatchObject({ month: months.previous, orders: 1 })
    expect(Number(d.sales.previous.net_amount)).toBeCloseTo(net(2), 1)
    expect(Number(d.sales.previous.cost_amount)).toBe(80)
    expect(d.sales.last_year).toMatchObject({ month: months.lastYear, orders: 1 })
    expect(Number(d.sales.last_year.net_amount)).toBeCloseTo(net(5), 1)
    expect(Number(d.sales.last_year.cost_amount)).toBe(200)
    // 7 units against 2 (+250 %) and against 5 (+40 %).
    expect(d.sales.vs_previous.net_amount).toBe("250.0")
    expect(d.sales.vs_last_year.net_amount).toBe("40.0")
    expect(cur.link).toBe(`/order-desk?from=${months.current}&to=${d.today}`)

    // Waiting: the 600-unit order for approval (60,000.00 incl. VAT); one open invoice with 180.00
    // owed; all four placed orders for shipment. Received 120.00 this month; the invoice is overdue.
    expect(d.waiting_approval).toMatchObject({ count: 1, link: "/order-desk?status=requires_approval" })
    expect(Number(d.waiting_approval.amount)).toBe(60000)
    expect(d.waiting_payment).toMatchObject({ count: 1, link: "/order-desk?payment=unpaid" })
    expect(Number(d.waiting_payment.amount)).toBe(180)
    expect(d.waiting_shipment).toMatchObject({ count: 4, link: "/order-desk?shipping=not_shipped" })
    expect(Number(d.waiting_shipment.amount)).toBeCloseTo(net(14), 1)
    expect(d.received_this_month).toMatchObject({ count: 1, link: "/receivables" })
    expect(Number(d.received_this_month.amount)).toBe(120)
    expect(d.overdue_now).toMatchObject({ count: 1, link: "/order-desk?payment=overdue" })
    expect(Number(d.overdue_now.amount)).toBe(180)

    // Top customer and product this month: the test's own, with their pages.
    expect(d.top_customers).toEqual([
      expect.objectContaining({ company_id: companyId, orders: 2, link: `/companies/${companyId}` }),
    ])
    expect(d.top_products).toEqual([
      expect.objectContaining({ product_id: productId, quantity: 7, link: `/products/${productId}` }),
    ])
    expect(d.low_stock.link).toBe("/stock?tab=low")
    expect(d.currencies).toContain("cny")
  })

  it("a rep sees exactly their own figures without asking, and cannot ask for another rep's", async () => {
    const own = await dashboard(rep.token)
    expect(own.status).toBe(200)
    expect(own.body.scope).toMatchObject({ rep_id: rep.userId, sales: true, manage_alerts: false })
    expect(own.body.sales.current.orders).toBe(2)
    const [{ id: otherRep }] = await sql("select id from \"user\" where email = 'sales@ordo.test'")
    const asked = await dashboard(rep.token, `&rep=${otherRep}`)
    expect(asked.body.scope.rep_id).toBe(rep.userId)
    expect(asked.body.sales).toEqual(own.body.sales)
    expect(asked.body.top_customers).toEqual(own.body.top_customers)

    // The seeded rep asking for this test's rep still sees only their own customers.
    const other = await login("user", "sales@ordo.test", "ordo-staff")
    const theirs = await dashboard(other, `&rep=${rep.userId}`)
    expect(theirs.status).toBe(200)
    expect(theirs.body.scope.rep_id).toBe(otherRep)
    expect(theirs.body.top_customers.map((c: any) => c.company_id)).not.toContain(companyId)
  })

  it("warehouse staff see low stock and waiting shipments only; bad input is refused naming the field", async () => {
    const warehouse = await login("user", "warehouse@ordo.test", "ordo-staff")
    const w = await dashboard(warehouse)
    expect(w.status).toBe(200)
    expect(w.body.sales).toBeNull()
    expect(w.body.waiting_approval).toBeUndefined()
    expect(w.body.overdue_now).toBeUndefined()
    expect(w.body.top_customers).toBeUndefined()
    expect(w.body.alerts).toEqual([])
    expect(w.body.waiting_shipment.amount).toBeNull()
    expect(typeof w.body.waiting_shipment.count).toBe("number")
    expect(typeof w.body.low_stock.count).toBe("number")

    const bad = await api("GET", "/admin/ordo/dashboard?currency=yuan", { token: manager })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/currency/)
    expect((await api("GET", "/admin/ordo/dashboard")).status).toBe(401)
  })
})
