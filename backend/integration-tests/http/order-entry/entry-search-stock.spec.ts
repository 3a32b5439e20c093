import { beforeAll, describe, expect, it } from "vitest"
import {
  acmeForEntry,
  api,
  buyerAddressId,
  createStockedProduct,
  loginAdmin,
  loginBuyer,
  until,
} from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

const run = Date.now().toString(36).toUpperCase()
const HEX_NUTS = ["M4", "M5", "M6", "M8", "M10", "M12", "M16", "M20"].map((s) => `FST-HN-${s}`)
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

describe("order entry's product search, last prices, stock paging and movements, delivery date and note", () => {
  let staff: string
  let acme: Awaited<ReturnType<typeof acmeForEntry>>
  let shanghai: string

  const search = async (q: string, companyId = acme.companyId) => {
    const r = await api("GET", `/admin/ordo/order-entry/products?company_id=${companyId}&q=${encodeURIComponent(q)}`, {
      token: staff,
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    return r.body as { products: any[]; total: number }
  }
  const skus = async (q: string) => (await search(q)).products.map((p) => p.sku)

  /** Staff places an order, confirming whatever the check warns about. */
  const place = async (companyId: string, customerId: string, body: Record<string, unknown>) => {
    let confirmed: string[] = []
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await api("POST", "/admin/ordo/order-entry/submit", {
        token: staff,
        body: { company_id: companyId, customer_id: customerId, action: "place", confirmed, ...body },
      })
      if (r.status !== 422) return r
      confirmed = [...confirmed, ...r.body.warnings.map((w: any) => w.key)]
    }
    throw new Error("warnings kept coming")
  }

  beforeAll(async () => {
    staff = await loginAdmin()
    acme = await acmeForEntry(staff)
    const locations = (await api("GET", "/admin/ordo/stock/locations", { token: staff })).body.locations
    shanghai = locations.find((l: any) => /shanghai/i.test(l.name)).id
  })

  it("finds a product by any words of its name, size and SKU in any order, and by its Chinese name", async () => {
    expect(await skus("M12 nut")).toEqual(["FST-HN-M12"])
    expect(await skus("nut m12")).toEqual(["FST-HN-M12"])
    expect(await skus("hex nut")).toEqual(HEX_NUTS)
    // The Chinese name of the product (六角螺母), sizes in their natural order
    expect(await skus("螺母")).toEqual(HEX_NUTS)
    expect(await skus("螺母 M12")).toEqual(["FST-HN-M12"])
    expect(await skus("zinc nut 934 m8")).toEqual(["FST-HN-M8"])
    expect((await search("nothing-like-this-exists")).products).toEqual([])
  })

  it("ranks the exact SKU first, then SKUs that start with it, then name matches; says how many match in all", async () => {
    const exact = `RK${run}`
    await createStockedProduct(staff, `${exact}-XL`, 5)
    await createStockedProduct(staff, exact, 5)
    // The product named after the exact SKU ("Test product RK…-XL") also matches by name; the exact SKU comes first.
    expect(await skus(exact)).toEqual([exact, `${exact}-XL`])
    expect(await skus(exact.toLowerCase())).toEqual([exact, `${exact}-XL`])
    // SKUs starting with what was typed before those that only contain it somewhere
    const prefixed = await skus("FST-HN")
    expect(prefixed.slice(0, 8)).toEqual(HEX_NUTS)
    // More matches than fit: the answer says how many there are
    const din = await search("din")
    expect(din.products).toHaveLength(20)
    expect(din.total).toBeGreaterThan(20)
    const [{ n }] = await sql(
      `select count(*)::int as n from product_variant pv join product p on p.id = pv.product_id
        where pv.deleted_at is null and p.deleted_at is null
          and (lower(p.title || ' ' || pv.title || ' ' || coalesce(pv.sku, '')) like '%din%')`,
    )
    expect(din.total).toBe(n)
  })

  it("shows the last price paid in the currency of the order it was paid in", async () => {
    const found = await api("GET", "/admin/ordo/order-entry/customers?q=Globex", { token: staff })
    const globexId = found.body.matches[0].company_id
    const ctx = await api("GET", `/admin/ordo/order-entry/customers/${globexId}`, { token: staff })
    const buyer = ctx.body.buyers[0].customer_id
    const [sku] = await stockedSkus(1)
    const placed = await place(globexId, buyer, { address_id: ctx.body.addresses[0].id, lines: [{ sku, quantity: 3 }] })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    const product = (await search(sku, globexId)).products.find((p) => p.sku === sku)
    expect(product.last_paid).toMatchObject({ currency_code: "usd", quantity: 3 })
    const after = await api("GET", `/admin/ordo/order-entry/customers/${globexId}`, { token: staff })
    expect(after.body.last_prices.find((p: any) => p.sku === sku)).toMatchObject({ currency_code: "usd" })
  })

  it("pages through stock levels with a total, and counts SKUs at zero as low", async () => {
    const [{ n: all }] = await sql(
      `select count(*)::int as n from inventory_level il
         join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
         join product_variant pv on pv.id = pvi.variant_id and pv.deleted_at is null and pv.manage_inventory
         join product p on p.id = pv.product_id and p.deleted_at is null
        where il.deleted_at is null`,
    )
    const first = await api("GET", "/admin/ordo/stock/levels?limit=25&offset=0", { token: staff })
    const second = await api("GET", "/admin/ordo/stock/levels?limit=25&offset=25", { token: staff })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.count).toBe(all)
    expect(first.body.levels).toHaveLength(25)
    expect(second.body.levels).toHaveLength(25)
    const key = (l: any) => `${l.sku}@${l.location_id}`
    const firstKeys = new Set(first.body.levels.map(key))
    expect(second.body.levels.some((l: any) => firstKeys.has(key(l)))).toBe(false)
    // Sorted by SKU across pages
    const both = [...first.body.levels, ...second.body.levels].map((l: any) => l.sku)
    expect(both).toEqual([...both].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    const bad = await api("GET", "/admin/ordo/stock/levels?limit=0", { token: staff })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/limit/)

    // A SKU with nothing in stock is low, without any threshold set.
    const ZERO = `ZERO-${run}`
    await createStockedProduct(staff, ZERO, 0)
    const low = await api("GET", "/admin/ordo/stock/low", { token: staff })
    expect(low.body.levels.find((l: any) => l.sku === ZERO)).toMatchObject({ available: 0, threshold: null, low: true })
    const [{ n: lowInDb }] = await sql(
      `select count(*)::int as n from inventory_level il
         join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
         join product_variant pv on pv.id = pvi.variant_id and pv.deleted_at is null and pv.manage_inventory
         join product p on p.id = pv.product_id and p.deleted_at is null
         left join low_stock_threshold t on t.inventory_item_id = il.inventory_item_id
               and t.location_id = il.location_id and t.deleted_at is null
        where il.deleted_at is null and il.stocked_quantity - il.reserved_quantity <= coalesce(t.threshold, 0)`,
    )
    expect(lowInDb).toBeGreaterThan(1)
    expect(low.body.count).toBe(lowInDb)
    expect(low.body.levels).toHaveLength(lowInDb)
    const lowPage = await api("GET", "/admin/ordo/stock/levels?low=true&limit=10", { token: staff })
    expect(lowPage.body.count).toBe(lowInDb)
    expect(lowPage.body.levels.every((l: any) => l.low)).toBe(true)
    // The search box uses the same words as order entry
    const nuts = await api("GET", `/admin/ordo/stock/levels?q=${encodeURIComponent("螺母 m12")}`, { token: staff })
    expect([...new Set(nuts.body.levels.map((l: any) => l.sku))]).toEqual(["FST-HN-M12"])
  })

  it("lists shipments and received returns among the movements, with their order", async () => {
    const SKU = `MVT-${run}`
    await createStockedProduct(staff, SKU, 20)
    const placed = await place(acme.companyId, acme.customerId, {
      address_id: acme.addressId,
      lines: [{ sku: SKU, quantity: 5 }],
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    const orderId = placed.body.order_id
    const order = await api("GET", `/admin/orders/${orderId}?fields=id,display_id,*items`, { token: staff })
    const itemId = order.body.order.items[0].id
    const f = await api("POST", `/admin/orders/${orderId}/fulfillments`, {
      token: staff,
      body: { items: [{ id: itemId, quantity: 5 }], location_id: shanghai },
    })
    expect(f.status, JSON.stringify(f.body)).toBe(200)
    const ret = await api("POST", "/admin/returns", {
      token: staff,
      body: { order_id: orderId, location_id: shanghai },
    })
    expect(ret.status, JSON.stringify(ret.body)).toBe(200)
    const returnId = ret.body.return.id
    for (const [path, body] of [
      [`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 2 }] }],
      [`/admin/returns/${returnId}/request`, {}],
      [`/admin/returns/${returnId}/receive`, {}],
      [`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 2 }] }],
      [`/admin/returns/${returnId}/receive/confirm`, {}],
    ] as const) {
      const r = await api("POST", path, { token: staff, body })
      expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200)
    }
    const log = await until(
      () => api("GET", `/admin/ordo/stock/movements?sku=${SKU}`, { token: staff }),
      (r) => r.body.movements?.length >= 2,
    )
    expect(log.status).toBe(200)
    const rows = log.body.movements.map((m: any) => [m.kind, m.quantity, m.from_location_id, m.to_location_id])
    expect(rows).toEqual([
      ["return", 2, null, shanghai],
      ["shipment", -5, shanghai, null],
    ])
    expect(log.body.movements.every((m: any) => m.order_display_id === order.body.order.display_id)).toBe(true)
    // In the log of all SKUs too
    const all = await api("GET", "/admin/ordo/stock/movements", { token: staff })
    expect(all.body.movements.filter((m: any) => m.sku === SKU).map((m: any) => m.kind)).toEqual(["return", "shipment"])
  })

  it("keeps the requested delivery date and the note of a staff-entered order; refuses a past date or a long note", async () => {
    const [sku] = await stockedSkus(1)
    const base = { address_id: acme.addressId, lines: [{ sku, quantity: 2 }] }
    const wanted = day(7)
    const placed = await place(acme.companyId, acme.customerId, {
      ...base,
      requested_delivery_date: wanted,
      note: "Deliver to gate 3, call Mr Wang first",
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    const detail = await api("GET", `/admin/orders/${placed.body.order_id}?fields=id,metadata`, { token: staff })
    expect(detail.body.order.metadata).toMatchObject({
      requested_delivery_date: wanted,
      note: "Deliver to gate 3, call Mr Wang first",
    })

    const orders = async () => Number((await sql('select count(*)::int as n from "order"'))[0].n)
    const before = await orders()
    const past = await place(acme.companyId, acme.customerId, { ...base, requested_delivery_date: day(-2) })
    expect(past.status).toBe(400)
    expect(past.body.message).toMatch(/requested_delivery_date: must be today or later/)
    const notADate = await place(acme.companyId, acme.customerId, { ...base, requested_delivery_date: "next week" })
    expect(notADate.status).toBe(400)
    expect(notADate.body.message).toMatch(/requested_delivery_date: a date such as/)
    const long = await place(acme.companyId, acme.customerId, { ...base, note: "x".repeat(1001) })
    expect(long.status).toBe(400)
    expect(long.body.message).toMatch(/note: at most 1,000 characters/)
    expect(await orders()).toBe(before)
  })

  it("keeps the requested delivery date and the note of a storefront checkout; refuses a past date", async () => {
    const buyer = await loginBuyer("buyer@acme.test")
    const address = await buyerAddressId(buyer)
    const [sku] = await stockedSkus(1)
    const cart = async () => {
      const r = await api("POST", "/store/ordo/quick-order", { token: buyer, body: { text: `${sku} 1` } })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      return r.body.cart.id as string
    }
    const cartId = await cart()
    const past = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: buyer,
      body: { address_id: address, po_number: `DD-${run}`, requested_delivery_date: day(-3) },
    })
    expect(past.status).toBe(400)
    expect(past.body.message).toMatch(/requested_delivery_date: must be today or later/)
    const wanted = day(10)
    const r = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: buyer,
      body: { address_id: address, po_number: `DD-${run}`, requested_delivery_date: wanted, note: "Forklift on site" },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.order.metadata).toMatchObject({ requested_delivery_date: wanted, note: "Forklift on site" })
  })
})
