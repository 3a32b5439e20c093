import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import {
  api,
  createStockedProduct,
  login,
  loginAdmin,
  registerBuyer,
  stack,
  until,
} from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

const run = Date.now().toString(36).toUpperCase()

/** Net of the 13 % VAT inside a list price of 100.00 CNY, for `units` units, as the facts round it. */
const net = (units: number) => Math.round((units * 1_000_000) / 113) / 100
const money = (x: number) => x.toFixed(2)
const pct = (profit: number, sales: number) => ((profit * 100) / sales).toFixed(1)

/** The seller's month (Asia/Shanghai) `back` months ago, as YYYY-MM. */
function monthAgo(back: number) {
  const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number)
  const d = new Date(Date.UTC(y, m - 1 - back, 1))
  return d.toISOString().slice(0, 7)
}
const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number)
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

/**
 * Reports (GET /admin/ordo/reports/*) against a small data set this file builds and computes by
 * hand: two categories, two companies in two regions of their own owned by two reps, five orders
 * placed through staff order entry at list price (100.00 incl. 13 % VAT) and FIFO costs from
 * purchase receipts (X 40.00, Y 60.00 a unit), one shipped and part-returned, one cancelled,
 * moved into the last two months and re-recorded with POST /reports/rebuild. Every query
 * filters on this file's own regions, categories or reps, so the shared database's other
 * orders never count.
 */
describe("reports: sales, products, payments by region and receivables by rep, figure by figure", () => {
  let manager: string
  let repToken: string
  let repA: string
  const repB = `user_rpt_b_${run}`
  const R1 = `RPT-North-${run}`
  const R2 = `RPT-South-${run}`
  const M1 = monthAgo(2)
  const M2 = monthAgo(1)
  let catX: string
  let catY: string
  const P1 = `RPT-P1-${run}`
  const P2 = `RPT-P2-${run}`
  const P3 = `RPT-P3-${run}`
  let productIds: Record<string, string> = {}
  let shanghai: string
  const companies: Record<string, { id: string; customerId: string; region: string }> = {}
  const orders: Record<string, string> = {}
  const invoices: Record<string, { id: string; total: string }> = {}

  const report = (path: string, params: Record<string, string>, token = manager) =>
    api("GET", `/admin/ordo/reports/${path}?${new URLSearchParams({ currency: "cny", ...params })}`, { token })

  async function place(company: string, lines: [string, number][]) {
    const c = companies[company]
    const r = await api("POST", "/admin/ordo/order-entry/submit", {
      token: manager,
      body: {
        company_id: c.id,
        customer_id: c.customerId,
        shipping_address: {
          first_name: "Report",
          last_name: "Test",
          address_1: "1 Report Road",
          city: "Hangzhou",
          province: c.region,
          postal_code: "310000",
          country_code: "cn",
        },
        lines: lines.map(([sku, quantity]) => ({ sku, quantity })),
        action: "place",
        // The test's own shipping address (its region) is new to the company, on purpose.
        confirmed: ["new_address", ...lines.map(([sku]) => `unusual_quantity:${sku}`)],
      },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.status).toBe("placed")
    return r.body.order_id as string
  }

  async function newCompany(name: string, region: string, rep: string) {
    const company = await api("POST", "/admin/ordo/companies", {
      token: manager,
      body: { legal_name: `Reports ${name} ${run}`, currency_code: "cny", locale: "en" },
    })
    expect(company.status, JSON.stringify(company.body)).toBe(201)
    const id = company.body.company.id as string
    const buyer = await registerBuyer(`rpt.${name.toLowerCase()}.${run}@reports.test`)
    const attach = await api("POST", `/admin/ordo/companies/${id}/buyers`, {
      token: manager,
      body: { customer_id: buyer.customerId, role: "admin" },
    })
    expect(attach.status, JSON.stringify(attach.body)).toBe(201)
    // Invoiced by hand, so only the invoices this file issues exist.
    const terms = await api("POST", `/admin/ordo/companies/${id}/credit`, {
      token: manager,
      body: { terms: "net", net_days: 30, invoice_on: "manual" },
    })
    expect(terms.status, JSON.stringify(terms.body)).toBe(200)
    // The owning rep (h-reps' screens set it; the column is what reports read).
    await sql("update company set sales_rep_id = $2 where id = $1", [id, rep])
    companies[name] = { id, customerId: buyer.customerId, region }
  }

  beforeAll(async () => {
    manager = await loginAdmin()
    // Rep A: a new staff member with only the sales role.
    const email = `rep.a.${run.toLowerCase()}@reports.test`
    const invite = await api("POST", "/admin/invites", { token: manager, body: { email } })
    expect(invite.status, JSON.stringify(invite.body)).toBe(200)
    const reg = await api("POST", "/auth/user/emailpass/register", { body: { email, password: "ordo-staff" } })
    expect(reg.status, JSON.stringify(reg.body)).toBe(200)
    const accepted = await api("POST", `/admin/invites/accept?token=${invite.body.invite.token}`, {
      token: reg.body.token,
      body: { email, first_name: "Rep", last_name: "A" },
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    repA = accepted.body.user.id
    const roles = await api("POST", `/admin/ordo/staff/${repA}`, { token: manager, body: { roles: ["sales"] } })
    expect(roles.status, JSON.stringify(roles.body)).toBe(200)
    repToken = await login("user", email, "ordo-staff")

    for (const [key, name] of [
      ["X", "catX"],
      ["Y", "catY"],
    ]) {
      const c = await api("POST", "/admin/product-categories", {
        token: manager,
        body: { name: `Reports ${key} ${run}`, is_active: true },
      })
      expect(c.status, JSON.stringify(c.body)).toBe(200)
      if (name === "catX") catX = c.body.product_category.id
      else catY = c.body.product_category.id
    }
    const locations = (await api("GET", "/admin/ordo/stock/locations", { token: manager })).body.locations
    shanghai = locations.find((l: any) => /shanghai/i.test(l.name)).id
    for (const [sku, category] of [
      [P1, catX],
      [P2, catY],
      [P3, catX],
    ]) {
      const { productId } = await createStockedProduct(manager, sku, 0)
      productIds = { ...productIds, [sku]: productId }
      const add = await api("POST", `/admin/product-categories/${category}/products`, {
        token: manager,
        body: { add: [productId] },
      })
      expect(add.status, JSON.stringify(add.body)).toBe(200)
    }
    const receipt = await api("POST", "/admin/ordo/purchase-receipts", {
      token: manager,
      body: {
        supplier: "Reports Supplies",
        received_at: `${M1}-01`,
        lines: [
          { sku: P1, location_id: shanghai, quantity: 1000, unit_cost: "40.00" },
          { sku: P2, location_id: shanghai, quantity: 1000, unit_cost: "60.00" },
          { sku: P3, location_id: shanghai, quantity: 1000, unit_cost: "10.00" },
        ],
      },
    })
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201)

    await newCompany("North", R1, "")
    await sql("update company set sales_rep_id = $2 where id = $1", [companies.North.id, repA])
    await newCompany("South", R2, repB)

    orders.O1 = await place("North", [
      [P1, 10],
      [P2, 5],
    ])
    orders.O2 = await place("North", [[P1, 4]])
    orders.O3 = await place("South", [[P2, 8]])
    orders.O4 = await place("South", [[P1, 6]])
    orders.O5 = await place("South", [
      [P1, 2],
      [P2, 2],
    ])

    // O3: 8 shipped (FIFO 8 × 60.00), 3 come back: 5 kept at 300.00.
    const o3 = await api("GET", `/admin/orders/${orders.O3}?fields=id,*items`, { token: manager })
    const itemId = o3.body.order.items[0].id
    const shipped = await api("POST", `/admin/orders/${orders.O3}/fulfillments`, {
      token: manager,
      body: { items: [{ id: itemId, quantity: 8 }], location_id: shanghai },
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    const ret = await api("POST", "/admin/returns", {
      token: manager,
      body: { order_id: orders.O3, location_id: shanghai },
    })
    expect(ret.status, JSON.stringify(ret.body)).toBe(200)
    const returnId = ret.body.return.id
    for (const [path, body] of [
      [`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 3 }] }],
      [`/admin/returns/${returnId}/request`, {}],
      [`/admin/returns/${returnId}/receive`, {}],
      [`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 3 }] }],
      [`/admin/returns/${returnId}/receive/confirm`, {}],
    ] as const) {
      const r = await api("POST", path, { token: manager, body })
      expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200)
    }
    const cancel = await api("POST", `/admin/orders/${orders.O4}/cancel`, { token: manager })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    await until(
      () => sql("select cost_amount::text from sales_order_fact where order_id = $1", [orders.O3]),
      (r) => r[0]?.cost_amount === "300.00" || Number(r[0]?.cost_amount) === 300,
      100,
    )
    await until(
      () => sql("select 1 from sales_order_fact where order_id = $1", [orders.O4]),
      (r) => r.length === 0,
      100,
    )

    // Into the past: O2 and O5 on the 20th two months ago, O1, O3 and O4 on the 5th of last month.
    for (const [id, at] of [
      [orders.O1, `${M2}-05T12:00:00+08:00`],
      [orders.O3, `${M2}-05T12:00:00+08:00`],
      [orders.O4, `${M2}-05T12:00:00+08:00`],
      [orders.O2, `${M1}-20T12:00:00+08:00`],
      [orders.O5, `${M1}-20T12:00:00+08:00`],
    ])
      await sql(`update "order" set created_at = $2 where id = $1`, [id, at])

    // Invoices: O1 (1,500.00) paid on time; O5 (400.00) open and overdue.
    for (const [name, issued] of [
      ["O1", `${M2}-06T10:00:00+08:00`],
      ["O5", `${M1}-21T10:00:00+08:00`],
    ]) {
      const inv = await api("POST", "/admin/ordo/invoices", { token: manager, body: { order_id: orders[name] } })
      expect(inv.status, JSON.stringify(inv.body)).toBeLessThan(300)
      const [row] = await sql("select id, total::text from invoice where order_id = $1 and kind = 'invoice'", [
        orders[name],
      ])
      invoices[name] = row
      await sql("update invoice set issued_at = $2, due_at = $2::timestamptz + interval '30 days' where id = $1", [
        row.id,
        issued,
      ])
    }
    expect(Number(invoices.O1.total)).toBe(1500)
    expect(Number(invoices.O5.total)).toBe(400)
    const pay = await api("POST", "/admin/ordo/payments", {
      token: manager,
      body: {
        company_id: companies.North.id,
        amount: "1500.00",
        method: "bank_transfer",
        received_at: `${M2}-10`,
        allocations: [{ invoice_id: invoices.O1.id, amount: "1500.00" }],
      },
    })
    expect(pay.status, JSON.stringify(pay.body)).toBeLessThan(300)
  }, 180_000)

  it("re-records the orders on their corrected days (managers only)", async () => {
    const ids = Object.values(orders)
    const refused = await api("POST", "/admin/ordo/reports/rebuild", { token: repToken, body: { order_ids: ids } })
    expect(refused.status).toBe(403)
    expect(refused.body.message).toMatch(/Manager/)
    const bad = await api("POST", "/admin/ordo/reports/rebuild", { token: manager, body: { order_ids: "all" } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/order_ids/)
    const rebuilt = await api("POST", "/admin/ordo/reports/rebuild", { token: manager, body: { order_ids: ids } })
    expect(rebuilt.status, JSON.stringify(rebuilt.body)).toBe(200)
    expect(rebuilt.body.recorded).toBe(5)
    const days = await sql(
      "select order_id, to_char(day, 'YYYY-MM-DD') as day from sales_order_fact where order_id = any($1) order by day",
      [ids],
    )
    expect(days.map((d) => [d.order_id, d.day]).sort()).toEqual(
      [
        [orders.O1, `${M2}-05`],
        [orders.O2, `${M1}-20`],
        [orders.O3, `${M2}-05`],
        [orders.O5, `${M1}-20`],
      ].sort(),
    )
  })

  it("sales by month in a region: net, cost, gross profit, margin %, orders and average order", async () => {
    const r = await report("sales", { period: "month", from: `${M1}-01`, to: `${M2}-15`, region: R1 })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    // O2 in M1: 4 × P1. O1 in M2: 10 × P1 + 5 × P2.
    const m1 = { net: net(4), cost: 160 }
    const m2 = { net: net(10) + net(5), cost: 700 }
    expect(r.body.to).toBe(lastDay(M2))
    expect(r.body.series.map((s: any) => [s.period, s.orders, s.net_amount, s.cost_amount])).toEqual([
      [`${M1}-01`, 1, money(m1.net), money(m1.cost)],
      [`${M2}-01`, 1, money(m2.net), money(m2.cost)],
    ])
    const sales = m1.net + m2.net
    const cost = m1.cost + m2.cost
    expect(Number(r.body.total.net_amount)).toBeCloseTo(1681.42, 2)
    expect(r.body.total).toMatchObject({
      orders: 2,
      quantity: "19",
      net_amount: money(sales),
      cost_amount: money(cost),
      profit: money(sales - cost),
      margin: pct(sales - cost, sales),
      average_order: money(sales / 2),
    })
  })

  it("breaks sales down by category, region and rep, each figure as computed by hand", async () => {
    const period = { period: "month", from: `${M1}-01`, to: `${M2}-28` }
    const byCategory = await report("sales", { ...period, region: R1, by: "category" })
    expect(byCategory.status, JSON.stringify(byCategory.body)).toBe(200)
    const cats = Object.fromEntries(byCategory.body.breakdown.map((b: any) => [b.key, b]))
    expect(Object.keys(cats).sort()).toEqual([catX, catY].sort())
    expect(cats[catX]).toMatchObject({
      label: `Reports X ${run}`,
      orders: 2,
      net_amount: money(net(10) + net(4)),
      cost_amount: "560.00",
      profit: money(net(10) + net(4) - 560),
      margin: pct(net(10) + net(4) - 560, net(10) + net(4)),
    })
    expect(cats[catY]).toMatchObject({ orders: 1, net_amount: money(net(5)), cost_amount: "300.00" })

    // Category X in both regions: O4 was cancelled and does not count.
    const byRegion = await report("sales", { ...period, category: catX, by: "region" })
    const regions = Object.fromEntries(
      byRegion.body.breakdown.filter((b: any) => b.key === R1 || b.key === R2).map((b: any) => [b.key, b]),
    )
    expect(regions[R1]).toMatchObject({ orders: 2, net_amount: money(net(10) + net(4)), cost_amount: "560.00" })
    expect(regions[R2]).toMatchObject({ orders: 1, net_amount: money(net(2)), cost_amount: "80.00" })

    // Category Y by rep: A has O1's 5; B has O3's 5 kept of 8 (cost 5 × 60.00) and O5's 2.
    const byRep = await report("sales", { ...period, category: catY, by: "rep" })
    const reps = Object.fromEntries(byRep.body.breakdown.map((b: any) => [b.key, b]))
    expect(reps[repA]).toMatchObject({ label: "Rep A", orders: 1, net_amount: money(net(5)), cost_amount: "300.00" })
    expect(reps[repB]).toMatchObject({
      orders: 2,
      quantity: "7",
      net_amount: money(net(5) + net(2)),
      cost_amount: "420.00",
      average_order: money((net(5) + net(2)) / 2),
    })

    // By day: region R2 on the 5th of last month holds O3 only.
    const byDay = await report("sales", { period: "day", from: `${M2}-01`, to: `${M2}-10`, region: R2 })
    expect(byDay.body.series).toEqual([
      expect.objectContaining({ period: `${M2}-05`, orders: 1, net_amount: money(net(5)) }),
    ])
  })

  it("refuses a currency left out, a range too long for day buckets and an unknown breakdown, naming the field", async () => {
    const noCurrency = await api("GET", "/admin/ordo/reports/sales?period=day", { token: manager })
    expect(noCurrency.status).toBe(400)
    expect(noCurrency.body.message).toMatch(/currency/)
    const tooLong = await report("sales", { period: "day", from: "2025-01-01", to: "2025-12-31" })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.message).toMatch(/^to: day buckets cover at most 92 days/)
    const by = await report("sales", { by: "colour" })
    expect(by.status).toBe(400)
    expect(by.body.message).toMatch(/\bby\b/)
  })

  it("best and slow sellers of a category, with products that sold nothing, and a product's 30-day trend", async () => {
    const r = await report("products", { from: `${M1}-01`, to: `${M2}-05`, category: catX, product: productIds[P1] })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.best.map((p: any) => [p.product_id, p.quantity, p.net_amount, p.cost_amount])).toEqual([
      [productIds[P1], "16", money(net(10) + net(4) + net(2)), "640.00"],
    ])
    expect(r.body.slow[0]).toMatchObject({ product_id: productIds[P3], quantity: "0", net_amount: "0" })
    expect(r.body.slow.map((p: any) => p.product_id)).toEqual([productIds[P3], productIds[P1]])
    expect(r.body.trend).toHaveLength(30)
    expect(r.body.trend.at(-1)).toMatchObject({ day: `${M2}-05`, quantity: "10", net_amount: money(net(10)) })
    const m1 = r.body.trend.find((d: any) => d.day === `${M1}-20`)
    expect(m1).toMatchObject({ quantity: "6", orders: 2, net_amount: money(net(4) + net(2)) })
  })

  it("payment rate by region: invoiced, paid and paid by the due date, for invoices issued in the period", async () => {
    const period = { from: `${M1}-01`, to: lastDay(M2) }
    const north = await report("payments-by-region", { ...period, region: R1 })
    expect(north.status, JSON.stringify(north.body)).toBe(200)
    expect(north.body.regions).toHaveLength(1)
    const n = north.body.regions[0]
    expect(n).toMatchObject({ region: R1, invoices: 1, paid_rate: "100.0", on_time_rate: "100.0" })
    expect([n.invoiced, n.paid, n.paid_on_time].map(Number)).toEqual([1500, 1500, 1500])
    const south = await report("payments-by-region", { ...period, region: R2 })
    const s = south.body.regions[0]
    expect(s).toMatchObject({ region: R2, invoices: 1, paid_rate: "0.0", on_time_rate: "0.0" })
    expect([s.invoiced, s.paid].map(Number)).toEqual([400, 0])
  })

  it("receivables per rep: open and overdue balance of the customers each rep owns", async () => {
    const b = await report("receivables-by-rep", { rep: repB })
    expect(b.status, JSON.stringify(b.body)).toBe(200)
    expect(b.body.reps).toHaveLength(1)
    const [row] = b.body.reps
    expect(row).toMatchObject({ rep_id: repB, customers: 1, invoices: 1, overdue_invoices: 1 })
    expect([row.open_balance, row.overdue_balance].map(Number)).toEqual([400, 400])
    // Rep A's one invoice is paid: nothing open.
    expect((await report("receivables-by-rep", { rep: repA })).body.reps).toEqual([])
  })

  it("a sales rep sees only their own customers' figures, whatever rep they ask for; warehouse staff none", async () => {
    const period = { period: "month", from: `${M1}-01`, to: lastDay(M2) }
    const own = await report("sales", { ...period, region: R1, rep: repB }, repToken)
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect(own.body).toMatchObject({ scoped_to_rep: repA, rep: repA })
    expect(own.body.total).toMatchObject({ orders: 2, net_amount: money(net(4) + net(10) + net(5)) })
    const other = await report("sales", { ...period, region: R2 }, repToken)
    expect(other.body.total).toMatchObject({ orders: 0, net_amount: "0" })
    const byRep = await report("sales", { ...period, category: catY, by: "rep" }, repToken)
    expect(byRep.body.breakdown.map((b: any) => b.key)).toEqual([repA])
    const receivables = await report("receivables-by-rep", { rep: repB }, repToken)
    expect(receivables.body.reps).toEqual([])
    const payments = await report("payments-by-region", { from: `${M1}-01`, to: lastDay(M2), region: R2 }, repToken)
    expect(payments.body.total).toMatchObject({ invoices: 0 })

    const warehouse = await login("user", "warehouse@ordo.test", "ordo-staff")
    const refused = await report("sales", period, warehouse)
    expect(refused.status).toBe(403)
    expect(refused.body.message).toMatch(/Sales manager/)
  })

  it("exports what is on screen as CSV and XLSX with the same figures", async () => {
    const params = { period: "month", from: `${M1}-01`, to: lastDay(M2), region: R1, by: "category" }
    const sales = net(4) + net(10) + net(5)
    const csv = await report("sales", { ...params, format: "csv" })
    expect(csv.status).toBe(200)
    const lines = String(csv.body).trim().split("\n")
    expect(lines[1]).toBe("Period,Orders,Quantity,Net sales,Cost,Gross profit,Margin %,Average order")
    expect(lines).toContain(
      `Total,2,19,${money(sales)},860.00,${money(sales - 860)},${pct(sales - 860, sales)},${money(sales / 2)}`,
    )
    expect(lines.some((l) => l.startsWith(`${catX},Reports X ${run},2,14,${money(net(10) + net(4))},560.00`))).toBe(
      true,
    )

    const res = await fetch(
      `${stack().backendUrl}/admin/ordo/reports/sales?${new URLSearchParams({ currency: "cny", ...params, format: "xlsx" })}`,
      { headers: { authorization: `Bearer ${manager}` } },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any)
    const [series, breakdown] = book.worksheets
    const rows = (sheet: ExcelJS.Worksheet) => {
      const out: any[][] = []
      sheet.eachRow((row) => out.push((row.values as any[]).slice(1)))
      return out
    }
    const total = rows(series).find((r) => r[0] === "Total")
    expect(total?.slice(0, 8)).toEqual([
      "Total",
      2,
      19,
      Number(money(sales)),
      860,
      Number(money(sales - 860)),
      Number(pct(sales - 860, sales)),
      Number(money(sales / 2)),
    ])
    const x = rows(breakdown).find((r) => r[0] === catX)
    expect(x?.slice(2, 6)).toEqual([2, 14, Number(money(net(10) + net(4))), 560])
  })
})
