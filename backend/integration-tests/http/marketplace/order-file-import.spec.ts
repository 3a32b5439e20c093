import { afterAll, beforeAll, describe, expect, it } from "vitest"
// @ts-expect-error plain ESM helper shared with `npm start`
import { freePort } from "../../../../scripts/lib/db.mjs"
// @ts-expect-error plain ESM helper shared with `npm start`
import { startBackend, stopService } from "../../../../scripts/lib/stack.mjs"
import { api, createStockedProduct, loginAdmin, stack } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

const HEADER =
  "order_number,order_date,email,customer_name,sku,quantity,unit_price,currency,shipping,address1,city,postal_code,country_code"
const row = (n: string, sku: string, qty: string | number, price = "12.50") =>
  `${n},2026-11-30 10:00:00,buyer${n}@example.com,Buyer ${n},${sku},${qty},${price},USD,0,1 Main St,Springfield,12345,US`
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64")

async function eventually<T>(probe: () => Promise<T>, ms = 120_000, every = 250): Promise<T> {
  const end = Date.now() + ms
  let last = await probe()
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every))
    last = await probe()
  }
  return last
}

describe("orders by file: preview with per-row errors, all-or-nothing per order, and a killed import loses and doubles nothing", () => {
  const run = Date.now().toString(36).toUpperCase()
  const SKU = `FILE-${run}`
  let staff: string
  let connectionId: string
  const services: any[] = []

  beforeAll(async () => {
    staff = await loginAdmin()
    await createStockedProduct(staff, SKU, 500)
    const location = (await api("GET", "/admin/stock-locations?order=name", { token: staff })).body.stock_locations[0]
      .id
    const r = await api("POST", "/admin/ordo/channels", {
      token: staff,
      body: { type: "file", name: `Taobao shop ${run}`, stock_location_id: location, config: { currency_code: "USD" } },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    connectionId = r.body.channel.id
  })

  afterAll(async () => {
    for (const s of services) await stopService(s)
  })

  it("previews a file without writing: orders, rows left out with the column named, and an order with one bad row kept out whole", async () => {
    const csv = [
      HEADER,
      row(`P1-${run}`, SKU, 2),
      row(`P2-${run}`, SKU, 1),
      row(`P2-${run}`, SKU, "two"),
      row(`P3-${run}`, SKU, 1, "-4"),
    ].join("\n")
    const before = await sql("select count(*)::int as n from channel_order where connection_id = $1", [connectionId])
    const r = await api("POST", `/admin/ordo/channels/${connectionId}/imports/preview`, {
      token: staff,
      body: { filename: "orders.csv", content_base64: b64(csv) },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    const p = r.body.preview
    expect(p).toMatchObject({ preset: "generic", rows: 4, orders: 1, new_orders: 1 })
    expect(p.sample[0].external_number).toBe(`P1-${run}`)
    expect(p.errors.map((e: any) => [e.row, e.column])).toEqual(
      expect.arrayContaining([
        [4, "quantity"],
        [5, "unit_price"],
      ]),
    )
    expect(p.skipped_orders.map((s: any) => s.external_id).sort()).toEqual([`P2-${run}`, `P3-${run}`])
    expect(await sql("select count(*)::int as n from channel_order where connection_id = $1", [connectionId])).toEqual(
      before,
    )
  })

  it("refuses what is not an order file, naming the field", async () => {
    const notCsv = await api("POST", `/admin/ordo/channels/${connectionId}/imports/preview`, {
      token: staff,
      body: { filename: "orders.pdf", content_base64: b64("%PDF-1.4") },
    })
    expect(notCsv.status).toBe(400)
    expect(notCsv.body.message).toMatch(/filename/)
    const noColumns = await api("POST", `/admin/ordo/channels/${connectionId}/imports/preview`, {
      token: staff,
      body: { filename: "x.csv", content_base64: b64("a,b,c\n1,2,3") },
    })
    expect(noColumns.status).toBe(400)
    expect(noColumns.body.message).toMatch(/^file: /)
  })

  it("a server killed with SIGKILL mid-import, restarted and resumed: every order placed once, none lost", async () => {
    const N = 24
    const csv = [HEADER, ...Array.from({ length: N }, (_, i) => row(`K${i}-${run}`, SKU, 1))].join("\n")
    const port = await freePort()
    const env = { JWT_SECRET: stack().jwtSecret, LOG_LEVEL: "error" }
    const first = await startBackend({ databaseUrl: stack().databaseUrl, port, extraEnv: env })
    services.push(first)
    const started = await api("POST", `/admin/ordo/channels/${connectionId}/imports`, {
      token: staff,
      base: `http://localhost:${port}`,
      body: { filename: "big.csv", content_base64: b64(csv) },
    })
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    const importId = started.body.import.id
    expect(started.body.import).toMatchObject({ status: "running", total: N })
    const placed = () =>
      sql(
        "select count(*)::int as n from channel_order where connection_id = $1 and external_id like 'K%' and status = 'imported'",
        [connectionId],
      ).then((r) => r[0].n as number)
    expect(await eventually(async () => (await placed()) >= 3)).toBe(true)
    await stopService(first, "SIGKILL")
    const atKill = await placed()
    expect(atKill).toBeLessThan(N)

    const port2 = await freePort()
    services.push(await startBackend({ databaseUrl: stack().databaseUrl, port: port2, extraEnv: env }))
    const resumed = await api("POST", `/admin/ordo/channel-imports/${importId}/resume`, {
      token: staff,
      base: `http://localhost:${port2}`,
    })
    expect(resumed.status).toBe(202)
    const done = await eventually(
      async () => {
        const r = await api("GET", `/admin/ordo/channel-imports/${importId}`, { token: staff })
        return r.body.import.status === "done" ? r.body.import : null
      },
      240_000,
      1000,
    )
    expect(done, "the import finished").toBeTruthy()
    expect(done.processed).toBe(N)

    const rows = await sql(
      "select external_id, status, order_id from channel_order where connection_id = $1 and external_id like 'K%'",
      [connectionId],
    )
    expect(rows).toHaveLength(N)
    expect(rows.filter((r: any) => r.status === "imported" && r.order_id)).toHaveLength(N)
    const orders = await sql(
      `select metadata->>'channel_order_id' as c, count(*)::int as n from "order"
       where metadata->>'channel_connection_id' = $1 and metadata->>'external_id' like 'K%'
         and is_draft_order = false and deleted_at is null group by 1`,
      [connectionId],
    )
    expect(orders).toHaveLength(N)
    expect(orders.filter((o: any) => o.n !== 1)).toEqual([])
    // Importing the same file again places nothing.
    const again = await api("POST", `/admin/ordo/channels/${connectionId}/imports/preview`, {
      token: staff,
      body: { filename: "big.csv", content_base64: b64(csv) },
    })
    expect(again.body.preview).toMatchObject({ orders: N, new_orders: 0, already_imported: N })
  })
})
