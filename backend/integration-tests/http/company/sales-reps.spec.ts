// Sales reps own customers (#15): who may assign them, "my customers", the rep frozen on each
// order and quote as it is placed (and in the sales facts), receivables and statements per rep.
import { beforeAll, describe, expect, it } from "vitest"
import { api, login, loginAdmin, registerBuyer, until } from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

const userId = async (email: string) =>
  ((await sql('select id from "user" where email = $1', [email])) as { id: string }[])[0].id

describe("sales reps own customers", () => {
  const stamp = Date.now()
  let admin: string
  let sales: string
  let salesManager: string
  let ids: { admin: string; sales: string; salesManager: string; warehouse: string }
  /** A: the sales rep's customer; B: the sales manager's; C: the manager's own. */
  const company: Record<"a" | "b" | "c", string> = { a: "", b: "", c: "" }
  let buyerA: Awaited<ReturnType<typeof registerBuyer>>
  let buyerB: Awaited<ReturnType<typeof registerBuyer>>
  let sku: string

  const assign = (token: string, id: string, rep: unknown) =>
    api("POST", `/admin/ordo/companies/${id}/sales-rep`, { token, body: { sales_rep_id: rep } })

  /** A company of our own with one buyer (who has an address), in CNY. */
  async function newCompany(key: string) {
    const created = await api("POST", "/admin/ordo/companies", {
      token: admin,
      body: { legal_name: `Rep Test ${key.toUpperCase()} ${stamp}`, currency_code: "cny" },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const buyer = await registerBuyer(`rep-${key}.${stamp}@reps.test`)
    const attached = await api("POST", `/admin/ordo/companies/${created.body.company.id}/buyers`, {
      token: admin,
      body: { customer_id: buyer.customerId, role: "admin" },
    })
    expect(attached.status, JSON.stringify(attached.body)).toBe(201)
    return { id: created.body.company.id as string, buyer }
  }

  async function placeOrder(buyer: Awaited<ReturnType<typeof registerBuyer>>, po: string) {
    const cart = await api("POST", "/store/ordo/quick-order", { token: buyer.token, body: { text: `${sku} 2` } })
    expect(cart.status, JSON.stringify(cart.body)).toBe(200)
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: buyer.token,
      body: { address_id: buyer.addressId, po_number: po },
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    return placed.body.order as { id: string; display_id: number }
  }

  beforeAll(async () => {
    ;[admin, sales, salesManager] = await Promise.all([
      loginAdmin(),
      login("user", "sales@ordo.test", "ordo-staff"),
      login("user", "salesmanager@ordo.test", "ordo-staff"),
    ])
    ids = {
      admin: await userId("admin@ordo.test"),
      sales: await userId("sales@ordo.test"),
      salesManager: await userId("salesmanager@ordo.test"),
      warehouse: await userId("warehouse@ordo.test"),
    }
    ;[sku] = await stockedSkus(1, 50)
    const [a, b, c] = [await newCompany("a"), await newCompany("b"), await newCompany("c")]
    company.a = a.id
    company.b = b.id
    company.c = c.id
    buyerA = a.buyer
    buyerB = b.buyer
  })

  it("lists who can own customers: sales staff, sales managers and managers, not the warehouse", async () => {
    const r = await api("GET", "/admin/ordo/sales-reps", { token: sales })
    expect(r.status).toBe(200)
    const reps = r.body.sales_reps.map((s: any) => s.user_id)
    expect(reps).toEqual(expect.arrayContaining([ids.sales, ids.salesManager, ids.admin]))
    expect(reps).not.toContain(ids.warehouse)
    expect(r.body).toMatchObject({ me: ids.sales, can_assign: false, held: true })
    const boss = await api("GET", "/admin/ordo/sales-reps", { token: salesManager })
    expect(boss.body).toMatchObject({ can_assign: true, held: false })
  })

  it("a manager and a sales manager assign reps; a sales user is refused with the role named, a warehouse user cannot own customers", async () => {
    const byManager = await assign(admin, company.a, ids.sales)
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(200)
    expect(byManager.body.company.sales_rep).toMatchObject({ id: ids.sales, name: "Xiao Wang" })
    const bySalesManager = await assign(salesManager, company.b, ids.salesManager)
    expect(bySalesManager.status, JSON.stringify(bySalesManager.body)).toBe(200)
    expect((await assign(admin, company.c, ids.admin)).status).toBe(200)

    const bySales = await assign(sales, company.b, ids.sales)
    expect(bySales.status).toBe(403)
    expect(bySales.body.message).toMatch(/needs the Sales manager or Manager \/ owner role/)
    const warehouse = await assign(admin, company.b, ids.warehouse)
    expect(warehouse.status).toBe(400)
    expect(warehouse.body.message).toMatch(/^sales_rep_id: .*no sales role/)
    const nobody = await assign(admin, company.b, "user_no_such_person")
    expect(nobody.status).toBe(400)
    expect(nobody.body.message).toMatch(/sales_rep_id/)
    const garbage = await assign(admin, company.b, 42)
    expect(garbage.status).toBe(400)
    expect(garbage.body.message).toMatch(/sales_rep_id/)
    expect((await assign(admin, "comp_no_such_company", ids.sales)).status).toBe(404)
    // None of the refusals changed anything.
    const rows = await sql("select id, sales_rep_id from company where id = any($1)", [[company.a, company.b]])
    expect(Object.fromEntries(rows.map((r: any) => [r.id, r.sales_rep_id]))).toEqual({
      [company.a]: ids.sales,
      [company.b]: ids.salesManager,
    })

    // null takes the customer away; assigning again gives it back.
    const cleared = await assign(salesManager, company.c, null)
    expect(cleared.status).toBe(200)
    expect(cleared.body.company.sales_rep).toBeNull()
    expect((await assign(salesManager, company.c, ids.admin)).body.company.sales_rep.id).toBe(ids.admin)
  })

  it("'my customers': rep=me, rep=<id> and rep=none filter the list; a sales rep gets only their own whatever they ask", async () => {
    const list = async (token: string, qs = "") => {
      const r = await api("GET", `/admin/ordo/companies${qs}`, { token })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      return r.body as { companies: any[]; held: boolean }
    }
    const mine = await list(admin, "?rep=me")
    expect(mine.companies.map((c) => c.id)).toContain(company.c)
    expect(mine.companies.every((c) => c.sales_rep_id === ids.admin)).toBe(true)
    const ofSales = await list(admin, `?rep=${ids.sales}`)
    expect(ofSales.companies.map((c) => c.id)).toContain(company.a)
    expect(ofSales.companies.every((c) => c.sales_rep?.id === ids.sales)).toBe(true)
    expect((await list(admin, "?rep=none")).companies.every((c) => c.sales_rep_id === null)).toBe(true)
    const all = await list(admin)
    expect(all.held).toBe(false)
    expect(all.companies.find((c) => c.id === company.b)?.sales_rep).toMatchObject({ name: "Mei Zhang" })

    // The sales rep: their own customers by default, and still only theirs when asking for another rep.
    for (const qs of ["", `?rep=${ids.salesManager}`, "?rep=none"]) {
      const held = await list(sales, qs)
      expect(held.held).toBe(true)
      expect(held.companies.map((c) => c.id)).toContain(company.a)
      expect(held.companies.every((c) => c.sales_rep_id === ids.sales)).toBe(true)
    }
    // A rep who opens a new customer owns it, and can open it again.
    const opened = await api("POST", "/admin/ordo/companies", {
      token: sales,
      body: { legal_name: `Rep Test Own ${stamp}`, currency_code: "cny" },
    })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    expect(opened.body.company.sales_rep?.id).toBe(ids.sales)
    expect((await api("GET", `/admin/ordo/companies/${opened.body.company.id}`, { token: sales })).status).toBe(200)
    const bad = await api("GET", "/admin/ordo/companies?rep=%27%3Bdrop", { token: admin })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/rep/)
  })

  it("an order records the company's rep as it is placed, keeps it when the customer changes hands, and the sales facts carry it", async () => {
    const order = await placeOrder(buyerA, `REP-A-${stamp}`)
    const [row] = await sql(`select metadata->>'ordo_rep_id' as rep from "order" where id = $1`, [order.id])
    expect(row.rep).toBe(ids.sales)
    const [fact] = await until(
      () => sql("select rep_id from sales_order_fact where order_id = $1", [order.id]),
      (r) => r.length > 0,
      100,
    )
    expect(fact?.rep_id).toBe(ids.sales)

    // Shown on the order page and in the All orders list, and filterable by rep.
    const margin = await api("GET", `/admin/ordo/orders/${order.id}/margin`, { token: sales })
    expect(margin.body.sales_rep).toEqual({ id: ids.sales, name: "Xiao Wang" })
    const listed = await api("GET", `/admin/ordo/orders?rep=${ids.sales}&limit=200`, { token: admin })
    expect(listed.status, JSON.stringify(listed.body)).toBe(200)
    expect(listed.body.orders.map((o: any) => o.id)).toContain(order.id)
    expect(listed.body.orders.every((o: any) => o.sales_rep?.id === ids.sales)).toBe(true)
    const asMe = await api("GET", "/admin/ordo/orders?rep=me&limit=200", { token: sales })
    expect(asMe.body.orders.map((o: any) => o.id)).toContain(order.id)
    const others = await api("GET", `/admin/ordo/orders?rep=${ids.salesManager}&limit=200`, { token: admin })
    expect(others.body.orders.map((o: any) => o.id)).not.toContain(order.id)

    // The customer moves to the sales manager: the order placed before stays the sales rep's.
    expect((await assign(admin, company.a, ids.salesManager)).status).toBe(200)
    const later = await placeOrder(buyerA, `REP-A2-${stamp}`)
    const reps = await sql(`select id, metadata->>'ordo_rep_id' as rep from "order" where id = any($1)`, [
      [order.id, later.id],
    ])
    expect(Object.fromEntries(reps.map((r: any) => [r.id, r.rep]))).toEqual({
      [order.id]: ids.sales,
      [later.id]: ids.salesManager,
    })
    const [laterFact] = await until(
      () => sql("select rep_id from sales_order_fact where order_id = $1", [later.id]),
      (r) => r.length > 0,
      100,
    )
    expect(laterFact?.rep_id).toBe(ids.salesManager)
    expect((await assign(admin, company.a, ids.sales)).status).toBe(200)
  })

  it("a quote belongs to the company's rep when it is created", async () => {
    const quote = await api("POST", "/admin/ordo/quotes", {
      token: admin,
      body: { company_id: company.b, customer_id: buyerB.customerId, lines: [{ sku, quantity: 3 }] },
    })
    expect(quote.status, JSON.stringify(quote.body)).toBe(201)
    const [row] = await sql("select sales_rep_id from quote where id = $1", [quote.body.quote.id])
    expect(row.sales_rep_id).toBe(ids.salesManager)
  })

  it("receivables per rep: a rep sees only their customers' invoices even when asking for another rep; the ageing report breaks down by rep", async () => {
    const orderA = await placeOrder(buyerA, `REP-INV-A-${stamp}`)
    const orderB = await placeOrder(buyerB, `REP-INV-B-${stamp}`)
    const invA = await api("POST", "/admin/ordo/invoices", { token: admin, body: { order_id: orderA.id } })
    const invB = await api("POST", "/admin/ordo/invoices", { token: admin, body: { order_id: orderB.id } })
    expect(invA.status, JSON.stringify(invA.body)).toBe(201)
    expect(invB.status, JSON.stringify(invB.body)).toBe(201)

    const invoices = async (token: string, qs: string) => {
      const r = await api("GET", `/admin/ordo/invoices?limit=200&${qs}`, { token })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      return r.body as { invoices: any[]; held: boolean }
    }
    const salesCompanies = (await sql("select id from company where sales_rep_id = $1", [ids.sales])).map(
      (r: any) => r.id,
    )
    for (const qs of [
      "",
      `rep=${ids.salesManager}`,
      `company_id=${company.b}`,
      `q=${encodeURIComponent("Rep Test")}`,
    ]) {
      const seen = await invoices(sales, qs)
      expect(seen.held).toBe(true)
      expect(seen.invoices.map((i) => i.id)).not.toContain(invB.body.invoice.id)
      expect(seen.invoices.every((i) => salesCompanies.includes(i.company_id))).toBe(true)
    }
    expect((await invoices(sales, `company_id=${company.a}`)).invoices.map((i) => i.id)).toContain(invA.body.invoice.id)
    // The whole business filters by any rep.
    const bySm = await invoices(salesManager, `rep=${ids.salesManager}`)
    expect(bySm.held).toBe(false)
    expect(bySm.invoices.map((i) => i.id)).toContain(invB.body.invoice.id)
    expect(bySm.invoices.map((i) => i.id)).not.toContain(invA.body.invoice.id)

    // Ageing: one row per rep and currency with what their customers owe; a rep sees only their own.
    const report = await api("GET", "/admin/ordo/reports/receivables", { token: admin })
    expect(report.status).toBe(200)
    const smRow = report.body.reps.find((r: any) => r.rep_id === ids.salesManager && r.currency_code === "cny")
    expect(smRow).toMatchObject({ name: "Mei Zhang" })
    expect(Number(smRow.open)).toBeGreaterThanOrEqual(Number(invB.body.invoice.total))
    expect(Number(smRow.overdue)).toBeLessThanOrEqual(Number(smRow.open))
    // The row is the rep's CNY book: other tests give the same rep customers in other currencies.
    const bCompanies = report.body.companies.filter(
      (c: any) => c.sales_rep_id === ids.salesManager && c.currency_code === "cny",
    )
    expect(bCompanies.map((c: any) => c.company_id)).toContain(company.b)
    // The rep's CNY row adds up CNY invoices only; a company row counts every invoice it has.
    const sum = bCompanies.reduce((a: number, c: any) => a + Math.round(Number(c.total) * 100), 0)
    expect(Math.round(Number(smRow.open) * 100)).toBeLessThanOrEqual(sum)
    for (const qs of ["", `?rep=${ids.salesManager}`]) {
      const held = await api("GET", `/admin/ordo/reports/receivables${qs}`, { token: sales })
      expect(held.status).toBe(200)
      expect(held.body.held).toBe(true)
      expect(held.body.companies.map((c: any) => c.company_id)).toContain(company.a)
      expect(held.body.companies.every((c: any) => c.sales_rep_id === ids.sales)).toBe(true)
      expect(held.body.reps.every((r: any) => r.rep_id === ids.sales)).toBe(true)
    }
  })

  it("a rep opens only their own customers' statements and pages: another rep's is refused, saying why", async () => {
    const own = await api("GET", `/admin/ordo/companies/${company.a}/statement`, { token: sales })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    const other = await api("GET", `/admin/ordo/companies/${company.b}/statement`, { token: sales })
    expect(other.status).toBe(403)
    expect(other.body.message).toMatch(/is not your customer/)
    const page = await api("GET", `/admin/ordo/companies/${company.b}`, { token: sales })
    expect(page.status).toBe(403)
    expect(page.body.message).toMatch(/is not your customer/)
    expect((await api("GET", `/admin/ordo/companies/${company.b}/credit`, { token: sales })).status).toBe(403)
    expect((await api("GET", `/admin/ordo/companies/${company.a}`, { token: sales })).status).toBe(200)
    // The whole business opens every one; a company that does not exist is still a 404.
    expect((await api("GET", `/admin/ordo/companies/${company.a}/statement`, { token: salesManager })).status).toBe(200)
    expect((await api("GET", "/admin/ordo/companies/comp_no_such_company", { token: sales })).status).toBe(404)
  })
})
