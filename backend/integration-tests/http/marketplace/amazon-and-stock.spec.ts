import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, createStockedProduct, loginAdmin } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"
// @ts-expect-error plain ESM test helper
import { generateOrders, startFakeAmazon } from "../../../../tests/support/fake-amazon.mjs"
// @ts-expect-error plain ESM test helper
import { buildShopifyOrder, startFakeShopify } from "../../../../tests/support/fake-shopify.mjs"

const SHOP = "ordo-stock.myshopify.com"
const SECRET = "shopify-secret-for-stock-tests"
const SELLER = "A2ORDOSELLER"
const SHOPIFY_LOCATION = "655441491"

/** Waits (up to `ms`) until `probe` returns a truthy value; returns it, or the last value. */
async function eventually<T>(probe: () => Promise<T> | T, ms = 15_000): Promise<T> {
  const end = Date.now() + ms
  let last = await probe()
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100))
    last = await probe()
  }
  return last
}

const reserved = async (inventoryItemId: string) =>
  Number(
    (
      await sql(
        "select coalesce(sum(quantity),0)::int as n from reservation_item where inventory_item_id = $1 and deleted_at is null",
        [inventoryItemId],
      )
    )[0].n,
  )

describe("Amazon orders by catch-up poll; stock out to every marketplace", () => {
  const run = Date.now().toString(36).toUpperCase()
  const A = `AMZ-A-${run}`
  const B = `AMZ-B-${run}`
  const LAST = `LAST-${run}`
  let staff: string
  let location: string
  let itemA: string
  let itemLast: string
  let amazon: any
  let shopify: any
  let amazonId: string
  let shopifyId: string
  const orders = generateOrders(40, [A, B], { seed: 11, start: new Date(Date.now() - 6 * 3600_000).toISOString() })
    .filter((o: any) => o.order.OrderStatus === "Unshipped")
    .slice(0, 5)
  for (const o of orders) for (const it of o.items) it.QuantityOrdered = 1
  const unknown = orders[2]
  unknown.items[0].SellerSKU = `NOT-OURS-${run}`

  beforeAll(async () => {
    staff = await loginAdmin()
    ;({ inventoryItemId: itemA } = await createStockedProduct(staff, A, 50))
    await createStockedProduct(staff, B, 50)
    ;({ inventoryItemId: itemLast } = await createStockedProduct(staff, LAST, 1))
    location = (await api("GET", "/admin/stock-locations?order=name", { token: staff })).body.stock_locations[0].id
    amazon = await startFakeAmazon(0, {
      pageSize: 2,
      lwa: { clientId: "amzn1.application-oa2-client.ordo", clientSecret: "lwa-secret", refreshToken: "Atzr|ordo" },
      rateLimit: { getOrderItems: "50", getOrders: "50", patchListingsItem: "50" },
    })
    amazon.state.load(orders)
    shopify = await startFakeShopify(undefined, 0, { shopDomain: SHOP })
    shopify.state.addProduct([A, `NOT-OURS-${run}`, LAST], "Listed on Shopify")
  })

  afterAll(async () => {
    for (const id of [amazonId, shopifyId].filter(Boolean))
      await api("POST", `/admin/ordo/channels/${id}`, { token: staff, body: { status: "paused" } })
    await amazon?.close()
    await shopify?.close()
  })

  it("connects Amazon: refused without marketplace ids or LWA credentials, then sealed", async () => {
    const body = {
      type: "amazon",
      name: `Amazon ${run}`,
      stock_location_id: location,
      config: {
        currency_code: "USD",
        api_base_url: amazon.url,
        token_url: amazon.tokenUrl,
        marketplace_ids: ["ATVPDKIKX0DER"],
        seller_id: SELLER,
      },
      credentials: {
        client_id: "amzn1.application-oa2-client.ordo",
        client_secret: "lwa-secret",
        refresh_token: "Atzr|ordo",
      },
    }
    const bad = await api("POST", "/admin/ordo/channels", {
      token: staff,
      body: { ...body, config: { currency_code: "USD" }, credentials: { client_id: "x" } },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/marketplace_ids/)
    expect(bad.body.message).toMatch(/refresh_token/)
    const r = await api("POST", "/admin/ordo/channels", { token: staff, body })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    amazonId = r.body.channel.id
    expect(JSON.stringify(r.body)).not.toContain("lwa-secret")
  })

  it("polls page by page through NextToken, backs off a 429, and one unknown SKU waits while the rest import", async () => {
    amazon.state.force429(1, "getOrders")
    const r = await api("POST", `/admin/ordo/channels/${amazonId}/sync`, { token: staff })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.sync).toMatchObject({ fetched: 5, outcomes: { imported: 4, exception: 1 } })
    expect(amazon.state.counts.getOrders).toBeGreaterThanOrEqual(3) // 5 orders, 2 a page
    expect(amazon.state.counts.token).toBe(1)
    const rows = await sql(
      "select external_id, status, order_id, problems from channel_order where connection_id = $1 order by external_id",
      [amazonId],
    )
    expect(rows).toHaveLength(5)
    const stuck = rows.find((x: any) => x.external_id === unknown.order.AmazonOrderId)
    expect(stuck.status).toBe("exception")
    expect(JSON.stringify(stuck.problems)).toContain(`NOT-OURS-${run}`)
    expect(rows.filter((x: any) => x.status === "imported" && x.order_id)).toHaveLength(4)
    // Polling again finds nothing new and writes no second order; the token is reused.
    const again = await api("POST", `/admin/ordo/channels/${amazonId}/sync`, { token: staff })
    expect(again.body.sync.outcomes.imported).toBe(0)
    expect(amazon.state.counts.token).toBe(1)
    expect(await sql("select count(*)::int as n from channel_order where connection_id = $1", [amazonId])).toEqual([
      { n: 5 },
    ])
  })

  it("a cancellation at Amazon cancels the imported order and releases its stock", async () => {
    const target = orders[0]
    const units = target.items.filter((it: any) => it.SellerSKU === A).length
    const [row] = await sql("select order_id from channel_order where external_id = $1", [target.order.AmazonOrderId])
    const before = await reserved(itemA)
    target.order.OrderStatus = "Canceled"
    target.order.LastUpdateDate = new Date(Date.now() - 5 * 60_000).toISOString().replace(/\.\d+Z$/, "Z")
    amazon.state.addOrder(target.order, target.items)
    const r = await api("POST", `/admin/ordo/channels/${amazonId}/sync`, { token: staff })
    expect(r.body.sync?.outcomes.cancelled, JSON.stringify(r.body)).toBe(1)
    const [order] = await sql('select status from "order" where id = $1', [row.order_id])
    expect(order.status).toBe("canceled")
    expect(await reserved(itemA)).toBe(before - units)
  })

  it("Shopify listings are learned by SKU (an unknown SKU is left alone) and stock goes out less safety stock", async () => {
    const r = await api("POST", "/admin/ordo/channels", {
      token: staff,
      body: {
        type: "shopify",
        name: `Shopify stock ${run}`,
        stock_location_id: location,
        safety_stock: 2,
        config: {
          currency_code: "USD",
          shop_domain: SHOP,
          api_base_url: shopify.apiBase,
          location_id: SHOPIFY_LOCATION,
        },
        credentials: { access_token: "shpat_test_token", webhook_secret: SECRET },
      },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    shopifyId = r.body.channel.id
    // A refusal from the marketplace is named, not an unknown error.
    shopify.state.accessToken = "shpat_rotated"
    const refused = await api("POST", `/admin/ordo/channels/${shopifyId}/listings`, { token: staff })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/Shopify .*401/)
    shopify.state.accessToken = "shpat_test_token"
    const learned = await api("POST", `/admin/ordo/channels/${shopifyId}/listings`, { token: staff })
    expect(learned.body.listings, JSON.stringify(learned.body)).toMatchObject({ created: 2, total: 2 })
    const products = await sql("select count(*)::int as n from product_variant where sku = $1", [`NOT-OURS-${run}`])
    expect(products[0].n).toBe(0)
    const [variant] = shopify.state.products.values().next().value.variants
    const available = 50 - (await reserved(itemA))
    const pushed = await eventually(() =>
      shopify.state.inventoryLevels.get(`${variant.inventory_item_id}:${SHOPIFY_LOCATION}`),
    )
    expect(pushed).toBe(available - 2)
    const keys = shopify.state.inventorySets.map((s: any) => s.idempotencyKey)
    expect(keys.every((k: string) => k?.startsWith("ordo-stock:"))).toBe(true)
  })

  it("an adjustment in Ordo reaches Shopify within seconds, and the push log keeps the value sent", async () => {
    const [variant] = shopify.state.products.values().next().value.variants
    const key = `${variant.inventory_item_id}:${SHOPIFY_LOCATION}`
    const before = shopify.state.inventoryLevels.get(key)
    const adj = await api("POST", "/admin/ordo/stock/adjustments", {
      token: staff,
      body: { sku: A, location_id: location, quantity: -5, reason: "damaged" },
    })
    expect(adj.status, JSON.stringify(adj.body)).toBeLessThan(300)
    expect(await eventually(() => shopify.state.inventoryLevels.get(key) === before - 5)).toBe(true)
    // The log is written right after the marketplace answers.
    const logged = await eventually(async () => {
      const log = await api("GET", `/admin/ordo/channels/${shopifyId}/pushes?limit=5`, { token: staff })
      return log.body.pushes.find((p: any) => p.quantity === before - 5 && p.status === "sent")
    })
    expect(logged?.idempotency_key).toMatch(/^ordo-stock:/)
    const health = await api("GET", `/admin/ordo/channels/${shopifyId}`, { token: staff })
    expect(health.body.channel.health).toMatchObject({ push_backlog: 0 })
    expect(health.body.channel.health.pushes_today).toBeGreaterThanOrEqual(2)
  })

  it("the last unit is sold once across channels: the second marketplace order waits as a stock exception", async () => {
    const shopOrder = buildShopifyOrder({
      currency: "USD",
      updated_at: new Date().toISOString(),
      lines: [{ sku: LAST, quantity: 1, price: "15.00" }],
    })
    shopify.state.addOrder(shopOrder)
    const amazonOrder = generateOrders(1, [LAST], {
      seed: 99,
      start: new Date(Date.now() - 3 * 3600_000).toISOString(),
    })[0]
    amazonOrder.order.OrderStatus = "Unshipped"
    amazonOrder.order.AmazonOrderId = `114-${run.slice(-7).padStart(7, "0")}-0000001`
    amazonOrder.items = amazonOrder.items.slice(0, 1)
    amazonOrder.items[0].QuantityOrdered = 1
    amazonOrder.items[0].ItemPrice = { CurrencyCode: "USD", Amount: "15.00" }
    // Changed after the connection's cursor, and settled (Amazon lists only what is 2+ minutes old).
    amazonOrder.order.LastUpdateDate = new Date(Date.now() - 3 * 60_000).toISOString().replace(/\.\d+Z$/, "Z")
    amazon.state.addOrder(amazonOrder.order, amazonOrder.items)
    const [s, a] = await Promise.all([
      api("POST", `/admin/ordo/channels/${shopifyId}/sync`, { token: staff }),
      api("POST", `/admin/ordo/channels/${amazonId}/sync`, { token: staff }),
    ])
    expect(s.status, JSON.stringify(s.body)).toBe(200)
    expect(a.status, JSON.stringify(a.body)).toBe(200)
    const imported = s.body.sync.outcomes.imported + a.body.sync.outcomes.imported
    const exceptions = s.body.sync.outcomes.exception + a.body.sync.outcomes.exception
    const both = JSON.stringify([s.body.sync, a.body.sync])
    expect(imported, both).toBe(1)
    expect(exceptions, both).toBe(1)
    const [stuck] = await sql(
      "select problems from channel_order where external_id in ($1, $2) and status = 'exception'",
      [String(shopOrder.id), amazonOrder.order.AmazonOrderId],
    )
    expect(stuck.problems[0].code).toBe("stock")
    expect(await reserved(itemLast)).toBe(1)
    const listing = [...shopify.state.products.values()][0].variants.find((v: any) => v.sku === LAST)
    expect(
      await eventually(
        () => shopify.state.inventoryLevels.get(`${listing.inventory_item_id}:${SHOPIFY_LOCATION}`) === 0,
      ),
    ).toBe(true)
  })

  it("reconciliation finds a listing someone changed at Shopify and sets it back", async () => {
    const [variant] = shopify.state.products.values().next().value.variants
    const key = `${variant.inventory_item_id}:${SHOPIFY_LOCATION}`
    const right = shopify.state.inventoryLevels.get(key)
    shopify.state.inventoryLevels.set(key, 999)
    const r = await api("POST", `/admin/ordo/channels/${shopifyId}/reconcile`, { token: staff })
    expect(r.body.reconcile).toMatchObject({ drifted: 1, sent: 1, failed: 0 })
    expect(shopify.state.inventoryLevels.get(key)).toBe(right)
  })

  it("Amazon listings are our stocked SKUs; their quantity goes out through the Listings API", async () => {
    const learned = await api("POST", `/admin/ordo/channels/${amazonId}/listings`, { token: staff })
    expect(learned.status, JSON.stringify(learned.body)).toBe(200)
    expect(learned.body.listings.total, JSON.stringify(learned.body)).toBeGreaterThanOrEqual(3)
    expect(learned.body.listings.total).toBeGreaterThanOrEqual(3)
    const qty = await eventually(() => amazon.state.listingQuantities.get(`${SELLER}/${A}`), 15_000)
    expect(qty).toBe(50 - 5 - (await reserved(itemA)))
    expect(amazon.state.listingQuantities.get(`${SELLER}/${LAST}`)).toBe(0)
  })

  it("a parcel of an Amazon order is confirmed to Amazon with its tracking, once", async () => {
    const [row] = await sql(
      `select c.order_id, c.external_id from channel_order c join "order" o on o.id = c.order_id
        where c.connection_id = $1 and c.status = 'imported' and o.status <> 'canceled' order by c.external_id limit 1`,
      [amazonId],
    )
    const shipped = await api("POST", `/admin/ordo/orders/${row.order_id}/shipments`, {
      token: staff,
      body: { carrier: "ups", tracking_number: "1Z999AA10123456785" },
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    const mine = () => amazon.state.shipmentConfirmations.filter((c: any) => c.orderId === row.external_id)
    const confirmed = await eventually(() => mine()[0], 15_000)
    expect(confirmed.packageDetail).toMatchObject({ carrierCode: "UPS", trackingNumber: "1Z999AA10123456785" })
    expect(confirmed.packageDetail.orderItems.length).toBeGreaterThan(0)
    const [s] = await sql("select origin_pushed_at, origin_push_error from shipment where id = $1", [
      shipped.body.shipment.id,
    ])
    expect(s).toMatchObject({ origin_push_error: null })
    expect(s.origin_pushed_at).not.toBeNull()
    expect(mine()).toHaveLength(1)
  })
})
