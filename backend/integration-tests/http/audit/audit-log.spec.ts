import pg from "pg"
import { beforeAll, describe, expect, it } from "vitest"
import { api, createStockedProduct, login, loginAdmin, stack } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

const userId = async (email: string) => (await sql('select id from "user" where email = $1', [email]))[0].id as string
const entriesOf = (rowId: string) =>
  sql("select * from audit_entry where row_id = $1 order by at, id", [rowId]) as Promise<any[]>

/**
 * The audit log (ADR 026): database triggers write who changed what, before → after and from
 * where, in the same transaction as the change, whichever route made it; the log is append-only.
 */
describe("audit log: every change to money, credit, prices, stock and roles, with who and from where", () => {
  let admin: string
  let finance: string
  let sales: string
  let salesManager: string
  let warehouse: string
  let financeId: string
  let companyId: string
  let creditId: string

  beforeAll(async () => {
    ;[admin, finance, sales, salesManager, warehouse] = await Promise.all([
      loginAdmin(),
      login("user", "finance@ordo.test", "ordo-staff"),
      login("user", "sales@ordo.test", "ordo-staff"),
      login("user", "salesmanager@ordo.test", "ordo-staff"),
      login("user", "warehouse@ordo.test", "ordo-staff"),
    ])
    financeId = await userId("finance@ordo.test")
    const company = await api("POST", "/admin/ordo/companies", {
      token: admin,
      body: { legal_name: `Audit Trading ${Date.now()}`, currency_code: "cny" },
    })
    expect(company.status, JSON.stringify(company.body)).toBeLessThan(300)
    companyId = company.body.company.id
    const first = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: finance,
      body: { credit_limit: "1000" },
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    creditId = first.body.credit.id
  })

  it("a finance user's credit-limit change is one entry: before → after, the user, the route", async () => {
    const before = await entriesOf(creditId)
    const r = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: finance,
      body: { credit_limit: "2500.50" },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    const after = await entriesOf(creditId)
    expect(after.length).toBe(before.length + 1)
    const entry = after.at(-1)
    expect(entry).toMatchObject({
      table_name: "credit_account",
      operation: "update",
      actor_id: financeId,
      actor_email: "finance@ordo.test",
      source: "POST /admin/ordo/companies/:id/credit",
      ref: { company_id: companyId },
    })
    expect(entry.before).toEqual({ credit_limit: 1000 })
    expect(entry.after).toEqual({ credit_limit: 2500.5 })

    // The screen's API shows it, with its area, its field change and a link to the company.
    const log = await api("GET", `/admin/ordo/audit?area=credit&record_id=${companyId}`, { token: finance })
    expect(log.status, JSON.stringify(log.body)).toBe(200)
    expect(log.body.entries[0]).toMatchObject({
      id: entry.id,
      area: "credit",
      changes: [{ field: "credit_limit", before: 1000, after: 2500.5 }],
      link: { kind: "company", id: companyId },
    })
  })

  it("saving the same values again writes nothing: only audited columns that changed count", async () => {
    const before = await entriesOf(creditId)
    const r = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: finance,
      body: { credit_limit: "2500.50" },
    })
    expect(r.status).toBe(200)
    expect((await entriesOf(creditId)).length).toBe(before.length)
  })

  it("a change that rolls back leaves no entry; one that commits leaves one, in its transaction", async () => {
    const client = new pg.Client({ connectionString: stack().databaseUrl })
    await client.connect()
    try {
      const before = (await entriesOf(creditId)).length
      await client.query("begin")
      await client.query("update credit_account set net_days = 77 where id = $1", [creditId])
      // Written inside the transaction, with it…
      const inside = await client.query("select count(*)::int as n from audit_entry where row_id = $1", [creditId])
      expect(inside.rows[0].n).toBe(before + 1)
      // …and gone with it when the transaction fails.
      await expect(client.query("select 1 / 0")).rejects.toThrow(/division by zero/)
      await client.query("rollback")
      expect((await entriesOf(creditId)).length).toBe(before)
      expect((await sql("select net_days from credit_account where id = $1", [creditId]))[0].net_days).not.toBe(77)

      await client.query("begin")
      const [{ txid }] = (await client.query("select txid_current()::text as txid")).rows
      await client.query("update credit_account set net_days = 45 where id = $1", [creditId])
      await client.query("commit")
      const last = (await entriesOf(creditId)).at(-1)
      // No one signed in wrote it: no actor, source "system".
      expect(last).toMatchObject({ txid, actor_id: null, source: "system", after: { net_days: 45 } })
    } finally {
      await client.end()
    }
  })

  it("the log is append-only: the database refuses UPDATE, DELETE and TRUNCATE on it", async () => {
    const [entry] = await entriesOf(creditId)
    await expect(sql("update audit_entry set source = 'forged' where id = $1", [entry.id])).rejects.toThrow(
      /append-only: UPDATE refused/,
    )
    await expect(sql("delete from audit_entry where id = $1", [entry.id])).rejects.toThrow(
      /append-only: DELETE refused/,
    )
    await expect(sql("truncate audit_entry")).rejects.toThrow(/append-only: TRUNCATE refused/)
    expect((await sql("select source from audit_entry where id = $1", [entry.id]))[0].source).toBe(entry.source)
  })

  it("Medusa's own routes are audited too: a price-list price and a stock level, with who changed them", async () => {
    const sku = `TEST-AUDIT-${Date.now()}`
    const { inventoryItemId } = await createStockedProduct(admin, sku, 40)
    const [variant] = await sql("select id from product_variant where sku = $1", [sku])
    const list = await api("POST", "/admin/price-lists", {
      token: salesManager,
      body: {
        title: `Audit list ${sku}`,
        description: "audit test",
        status: "draft",
        prices: [{ amount: 90, currency_code: "cny", variant_id: variant.id }],
      },
    })
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    const listId = list.body.price_list.id
    const [price] = await sql("select id from price where price_list_id = $1 and deleted_at is null", [listId])
    const changed = await api("POST", `/admin/price-lists/${listId}/prices/batch`, {
      token: salesManager,
      body: { update: [{ id: price.id, amount: 85.5, currency_code: "cny", variant_id: variant.id }] },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    const salesManagerId = await userId("salesmanager@ordo.test")
    const priceEntries = await entriesOf(price.id)
    expect(priceEntries.map((e) => e.operation)).toEqual(["insert", "update"])
    expect(priceEntries[1]).toMatchObject({
      table_name: "price",
      actor_id: salesManagerId,
      before: { amount: 90 },
      after: { amount: 85.5 },
      source: "POST /admin/price-lists/:id/prices/batch",
    })

    const [level] = await sql("select id, location_id from inventory_level where inventory_item_id = $1", [
      inventoryItemId,
    ])
    const stock = await api("POST", `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, {
      token: warehouse,
      body: { stocked_quantity: 55 },
    })
    expect(stock.status, JSON.stringify(stock.body)).toBe(200)
    const levelEntries = await entriesOf(level.id)
    expect(levelEntries.at(-1)).toMatchObject({
      table_name: "inventory_level",
      operation: "update",
      actor_id: await userId("warehouse@ordo.test"),
      before: { stocked_quantity: 40 },
      after: { stocked_quantity: 55 },
      source: "POST /admin/inventory-items/:id/location-levels/:location_id",
    })
    // A reservation is not a stock change: nothing is written for it.
    const count = levelEntries.length
    await sql(
      "update inventory_level set reserved_quantity = reserved_quantity + 1, updated_at = now() where id = $1",
      [level.id],
    )
    await sql("update inventory_level set reserved_quantity = reserved_quantity - 1 where id = $1", [level.id])
    expect((await entriesOf(level.id)).length).toBe(count)
  })

  it("a role change through Ordo's staff route is audited with the manager who made it", async () => {
    const warehouseId = await userId("warehouse@ordo.test")
    const [member] = await sql("select id from staff_member where user_id = $1 and deleted_at is null", [warehouseId])
    const before = (await entriesOf(member.id)).length
    const set = await api("POST", `/admin/ordo/staff/${warehouseId}`, {
      token: admin,
      body: { roles: ["warehouse", "sales"] },
    })
    try {
      expect(set.status, JSON.stringify(set.body)).toBe(200)
      const entries = await entriesOf(member.id)
      expect(entries.length).toBe(before + 1)
      expect(entries.at(-1)).toMatchObject({
        table_name: "staff_member",
        operation: "update",
        actor_id: await userId("admin@ordo.test"),
        before: { roles: ["warehouse"] },
        after: { roles: ["warehouse", "sales"] },
        source: "POST /admin/ordo/staff/:user_id",
      })
    } finally {
      await api("POST", `/admin/ordo/staff/${warehouseId}`, { token: admin, body: { roles: ["warehouse"] } })
    }
  })

  it("sales staff may not read the log (403 naming the roles who may); filters by area and by who work", async () => {
    const refused = await api("GET", "/admin/ordo/audit", { token: sales })
    expect(refused.status).toBe(403)
    expect(refused.body.message).toMatch(/needs the Finance, Sales manager or Manager \/ owner role/)

    const credit = await api("GET", "/admin/ordo/audit?area=credit&limit=200", { token: finance })
    expect(credit.status).toBe(200)
    expect(credit.body.count).toBeGreaterThan(0)
    expect(credit.body.entries.every((e: any) => e.table_name === "credit_account")).toBe(true)

    const byFinance = await api("GET", `/admin/ordo/audit?actor_id=${financeId}&limit=200`, { token: admin })
    expect(byFinance.status).toBe(200)
    expect(byFinance.body.entries.length).toBeGreaterThan(0)
    expect(byFinance.body.entries.every((e: any) => e.actor_id === financeId)).toBe(true)
    expect(byFinance.body.entries.some((e: any) => e.row_id === creditId)).toBe(true)

    // Newest first, paged with a count.
    const page = await api("GET", "/admin/ordo/audit?limit=2&offset=0", { token: admin })
    expect(page.body.entries.length).toBe(2)
    expect(page.body.count).toBeGreaterThan(2)
    expect(Date.parse(page.body.entries[0].at)).toBeGreaterThanOrEqual(Date.parse(page.body.entries[1].at))

    // A day range that ends before today finds none of today's changes; one including today does.
    const today = new Date().toISOString().slice(0, 10)
    const old = await api("GET", `/admin/ordo/audit?record_id=${companyId}&to=2001-01-01`, { token: finance })
    expect(old.body.count).toBe(0)
    const now = await api("GET", `/admin/ordo/audit?record_id=${companyId}&from=${today}&to=${today}`, {
      token: finance,
    })
    expect(now.body.count).toBeGreaterThan(0)

    const bad = await api("GET", "/admin/ordo/audit?area=everything", { token: finance })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/area/)
  })
})
