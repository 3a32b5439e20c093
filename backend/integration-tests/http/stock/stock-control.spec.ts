import { beforeAll, describe, expect, it } from "vitest"
import { acmeForEntry, api, createStockedProduct, loginAdmin, until } from "../../../../tests/support/api"
import { sentMails, sql } from "../../../../tests/support/db"

const run = Date.now().toString(36).toUpperCase()

describe("inventory control: FIFO cost layers, low-stock alerts, adjustments and transfers", () => {
  let staff: string
  let shanghai: string
  let shenzhen: string
  let acme: Awaited<ReturnType<typeof acmeForEntry>>

  const place = async (sku: string, quantity: number) => {
    const r = await api("POST", "/admin/ordo/order-entry/submit", {
      token: staff,
      body: {
        company_id: acme.companyId,
        customer_id: acme.customerId,
        address_id: acme.addressId,
        lines: [{ sku, quantity }],
        action: "place",
        confirmed: [`unusual_quantity:${sku}`],
      },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.status).toBe("placed")
    return r.body.order_id as string
  }
  const ship = async (orderId: string, quantity: number) => {
    const order = await api("GET", `/admin/orders/${orderId}?fields=id,*items`, { token: staff })
    const f = await api("POST", `/admin/orders/${orderId}/fulfillments`, {
      token: staff,
      body: { items: [{ id: order.body.order.items[0].id, quantity }], location_id: shanghai },
    })
    expect(f.status, JSON.stringify(f.body)).toBe(200)
    return order.body.order.items[0].id as string
  }
  const margin = (orderId: string) => api("GET", `/admin/ordo/orders/${orderId}/margin`, { token: staff })
  const level = async (sku: string, locationId: string) =>
    (await api("GET", `/admin/ordo/stock/levels?q=${sku}`, { token: staff })).body.levels.find(
      (l: any) => l.sku === sku && l.location_id === locationId,
    )

  beforeAll(async () => {
    staff = await loginAdmin()
    acme = await acmeForEntry(staff)
    const locations = (await api("GET", "/admin/ordo/stock/locations", { token: staff })).body.locations
    shanghai = locations.find((l: any) => /shanghai/i.test(l.name)).id
    shenzhen = locations.find((l: any) => /shenzhen/i.test(l.name)).id
  })

  it("three receipts at different costs, a shipment, a partial return and another shipment cost what a hand calculation gives", async () => {
    const SKU = `FIFO-${run}`
    await createStockedProduct(staff, SKU, 0)
    for (const [day, cost] of [
      ["2026-01-01", "10.00"],
      ["2026-02-01", "12.00"],
      ["2026-03-01", "15.50"],
    ]) {
      const r = await api("POST", "/admin/ordo/purchase-receipts", {
        token: staff,
        body: {
          supplier: "Ningbo Fasteners",
          received_at: day,
          reference: `PO-${day}`,
          lines: [{ sku: SKU, location_id: shanghai, quantity: 10, unit_cost: cost }],
        },
      })
      expect(r.status, JSON.stringify(r.body)).toBe(201)
    }
    expect((await level(SKU, shanghai)).stocked).toBe(30)

    // 25 units at 100.00 incl. 13 % VAT (a new product has no contract price): net 25 × 88.495575… = 2212.39
    const first = await place(SKU, 25)
    const before = (await margin(first)).body
    expect(before).toMatchObject({ cost_shipped: "0.00", cost_estimated: "297.50", complete: true })
    const itemId = await ship(first, 25)
    // 10 × 10.00 + 10 × 12.00 + 5 × 15.50 = 297.50
    const shipped = await until(
      () => margin(first),
      (r) => r.body.cost_shipped === "297.50",
    )
    expect(shipped.body).toMatchObject({
      net_revenue: "2212.39",
      cost_of_goods: "297.50",
      cost_estimated: "0.00",
      margin: "1914.89",
      margin_percent: "86.6",
    })
    const layers = async () =>
      (await api("GET", `/admin/ordo/stock/cost-layers?sku=${SKU}`, { token: staff })).body.layers.map((l: any) => [
        l.unit_cost,
        l.remaining,
      ])
    expect(await layers()).toEqual([
      ["10.00", 0],
      ["12.00", 0],
      ["15.50", 5],
    ])

    // 7 units come back: the 5 taken last at 15.50, then 2 at 12.00, return to their layers.
    const ret = await api("POST", "/admin/returns", { token: staff, body: { order_id: first, location_id: shanghai } })
    expect(ret.status, JSON.stringify(ret.body)).toBe(200)
    const returnId = ret.body.return.id
    for (const [path, body] of [
      [`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 7 }] }],
      [`/admin/returns/${returnId}/request`, {}],
      [`/admin/returns/${returnId}/receive`, {}],
      [`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 7 }] }],
      [`/admin/returns/${returnId}/receive/confirm`, {}],
    ] as const) {
      const r = await api("POST", path, { token: staff, body })
      expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200)
    }
    // Kept: 18 units costing 297.50 − (5 × 15.50 + 2 × 12.00) = 196.00; revenue 18 × 88.495575… = 1592.92
    const afterReturn = await until(
      () => margin(first),
      (r) => r.body.cost_shipped === "196.00",
    )
    expect(afterReturn.body).toMatchObject({ cost_of_goods: "196.00", net_revenue: "1592.92", margin: "1396.92" })
    expect(await layers()).toEqual([
      ["10.00", 0],
      ["12.00", 2],
      ["15.50", 10],
    ])

    // The next shipment takes the oldest units left: 2 × 12.00 + 2 × 15.50 = 55.00
    const second = await place(SKU, 4)
    await ship(second, 4)
    const next = await until(
      () => margin(second),
      (r) => r.body.cost_shipped === "55.00",
    )
    expect(next.body.cost_of_goods).toBe("55.00")
  })

  it("announces a level that falls to its threshold once, lists it as low, and re-arms when stock comes back", async () => {
    const SKU = `LOW-${run}`
    await createStockedProduct(staff, SKU, 12)
    const set = await api("POST", "/admin/ordo/stock/thresholds", {
      token: staff,
      body: { sku: SKU, location_id: shanghai, threshold: 5 },
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    // One alert per fall, to each member of staff who handles stock (the warehouse role and managers).
    const alerts = async () =>
      (await sentMails()).filter((m) => m.subject?.includes(`Low stock: ${SKU}`) && m.to.includes("admin@ordo.test"))
    await place(SKU, 4) // 8 available
    await place(SKU, 3) // 5 available: at the threshold
    const first = await until(alerts, (m) => m.length > 0)
    expect(first).toHaveLength(1)
    expect(first[0].to).toContain("admin@ordo.test")
    expect(first[0].subject).toMatch(/5 available, threshold 5/)
    const warehouse = (await sentMails()).filter(
      (m) => m.subject?.includes(`Low stock: ${SKU}`) && m.to.includes("warehouse@ordo.test"),
    )
    expect(warehouse).toHaveLength(1)
    await place(SKU, 1) // 4 available: still low, no second mail
    await new Promise((r) => setTimeout(r, 500))
    expect(await alerts()).toHaveLength(1)
    const low = await api("GET", "/admin/ordo/stock/low", { token: staff })
    expect(low.body.levels.find((l: any) => l.sku === SKU)).toMatchObject({ available: 4, threshold: 5, low: true })

    const found = await api("POST", "/admin/ordo/stock/adjustments", {
      token: staff,
      body: { sku: SKU, location_id: shanghai, quantity: 10, reason: "Cycle count found a pallet" },
    })
    expect(found.status, JSON.stringify(found.body)).toBe(201)
    const low2 = await api("GET", "/admin/ordo/stock/low", { token: staff })
    expect(low2.body.levels.find((l: any) => l.sku === SKU)).toBeUndefined()
    await place(SKU, 10) // 4 available again: a new fall, a new alert
    const second = await until(alerts, (m) => m.length > 1)
    expect(second).toHaveLength(2)

    // A count entered on Medusa's own inventory page is checked too: back above (re-armed), then down to 3.
    const item = await api("GET", `/admin/inventory-items?sku=${SKU}`, { token: staff })
    const itemId = item.body.inventory_items[0].id
    const reserved = (await level(SKU, shanghai)).reserved
    for (const stocked of [reserved + 30, reserved + 3]) {
      const r = await api("POST", `/admin/inventory-items/${itemId}/location-levels/${shanghai}`, {
        token: staff,
        body: { stocked_quantity: stocked },
      })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      if (stocked === reserved + 30) {
        const rearmed = await until(
          () => sql("select alerted_at from low_stock_threshold where sku = $1 and deleted_at is null", [SKU]),
          (rows) => rows[0]?.alerted_at === null,
        )
        expect(rearmed[0].alerted_at).toBeNull()
      }
    }
    const third = await until(alerts, (m) => m.length > 2)
    expect(third).toHaveLength(3)
    expect(third[2].subject).toMatch(/3 available, threshold 5/)
  })

  it("adjusts and transfers stock with a reason and who did it; refuses what would break reservations", async () => {
    const SKU = `MOVE-${run}`
    await createStockedProduct(staff, SKU, 20)
    await place(SKU, 6) // 6 reserved in Shanghai
    const damaged = await api("POST", "/admin/ordo/stock/adjustments", {
      token: staff,
      body: { sku: SKU, location_id: shanghai, quantity: -3, reason: "Damaged in handling" },
    })
    expect(damaged.status, JSON.stringify(damaged.body)).toBe(201)
    expect(await level(SKU, shanghai)).toMatchObject({ stocked: 17, reserved: 6, available: 11 })
    const tooMuch = await api("POST", "/admin/ordo/stock/adjustments", {
      token: staff,
      body: { sku: SKU, location_id: shanghai, quantity: -12, reason: "Lost" },
    })
    expect(tooMuch.status).toBe(409)
    expect(tooMuch.body.message).toMatch(/only 11 available .*6 reserved/)

    const moved = await api("POST", "/admin/ordo/stock/transfers", {
      token: staff,
      body: { sku: SKU, from_location_id: shanghai, to_location_id: shenzhen, quantity: 8, reason: "Rebalance south" },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(201)
    expect(await level(SKU, shanghai)).toMatchObject({ stocked: 9, available: 3 })
    expect(await level(SKU, shenzhen)).toMatchObject({ stocked: 8, available: 8 })
    const over = await api("POST", "/admin/ordo/stock/transfers", {
      token: staff,
      body: { sku: SKU, from_location_id: shanghai, to_location_id: shenzhen, quantity: 4, reason: "x" },
    })
    expect(over.status).toBe(409)

    const log = await api("GET", `/admin/ordo/stock/movements?sku=${SKU}`, { token: staff })
    expect(log.body.movements.map((m: any) => [m.kind, m.quantity, m.reason, m.actor_name])).toEqual([
      ["transfer", 8, "Rebalance south", "Ordo Admin"],
      ["adjustment", -3, "Damaged in handling", "Ordo Admin"],
    ])

    const bad = async (path: string, body: Record<string, unknown>, field: RegExp, status = 400) => {
      const r = await api("POST", path, { token: staff, body })
      expect(r.status, JSON.stringify(r.body)).toBe(status)
      expect(r.body.message).toMatch(field)
    }
    const adj = "/admin/ordo/stock/adjustments"
    await bad(adj, { sku: SKU, location_id: shanghai, quantity: 0, reason: "x" }, /quantity: must not be 0/)
    await bad(adj, { sku: SKU, location_id: shanghai, quantity: 1.5, reason: "x" }, /quantity/)
    await bad(adj, { sku: SKU, location_id: shanghai, quantity: 2, reason: "" }, /reason/)
    await bad(adj, { sku: `NOPE-${run}`, location_id: shanghai, quantity: 2, reason: "x" }, /^sku: no product has SKU/)
    await bad(adj, { sku: SKU, location_id: "sloc_nope", quantity: 2, reason: "x" }, /^location_id: no stock location/)
    await bad(
      "/admin/ordo/stock/transfers",
      { sku: SKU, from_location_id: shanghai, to_location_id: shanghai, quantity: 1, reason: "x" },
      /to_location_id: must differ/,
    )
    await bad(
      "/admin/ordo/purchase-receipts",
      {
        supplier: "S",
        received_at: "2026-11-01",
        lines: [{ sku: SKU, location_id: shanghai, quantity: 1, unit_cost: "abc" }],
      },
      /unit_cost/,
    )
    await bad(
      "/admin/ordo/purchase-receipts",
      {
        supplier: "S",
        received_at: "2026-11-01",
        lines: [{ sku: SKU, location_id: shanghai, quantity: 1, unit_cost: "1.005" }],
      },
      /lines\.0\.unit_cost: CNY has 2 decimals at most/,
    )
    // Nothing of the refused changes was written.
    expect(await level(SKU, shanghai)).toMatchObject({ stocked: 9 })
    const layers = await sql("select count(*)::int as n from cost_layer where sku = $1", [SKU])
    expect(layers[0].n).toBe(0)
    expect(
      (await api("POST", adj, { body: { sku: SKU, location_id: shanghai, quantity: 1, reason: "x" } })).status,
    ).toBe(401)
  })
})
