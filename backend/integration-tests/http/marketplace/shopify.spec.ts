import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, createStockedProduct, login, loginAdmin, stack, until } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"
// @ts-expect-error plain ESM test helper
import {
  buildShopifyOrder,
  sendShopifyWebhook,
  signShopifyWebhook,
  startFakeShopify,
} from "../../../../tests/support/fake-shopify.mjs"

const SECRET = "shopify-webhook-secret-for-tests"
const SHOP = "ordo-test.myshopify.com"

/** Reserved units of an inventory item, from Medusa's reservations. */
const reserved = async (inventoryItemId: string) =>
  Number(
    (
      await sql(
        "select coalesce(sum(quantity),0)::int as n from reservation_item where inventory_item_id = $1 and deleted_at is null",
        [inventoryItemId],
      )
    )[0].n,
  )

describe("Shopify: orders come in through signed webhooks, exactly once, into the one place-order workflow", () => {
  const run = Date.now().toString(36).toUpperCase()
  const SKU = `SHOP-${run}`
  const OTHER = `SHOP2-${run}`
  let staff: string
  let connectionId: string
  let hook: string
  let item: string
  let imported: { order_id: string; number: string; order: any }
  let shopify: any
  const send = (topic: string, order: unknown, opts: Record<string, unknown> = {}) =>
    sendShopifyWebhook(hook, topic, order, { secret: SECRET, shopDomain: SHOP, ...opts })
  const channelOrders = (externalId: string) =>
    sql("select id, status, order_id, problems, attempts from channel_order where external_id = $1", [externalId])

  beforeAll(async () => {
    staff = await loginAdmin()
    ;({ inventoryItemId: item } = await createStockedProduct(staff, SKU, 20))
    await createStockedProduct(staff, OTHER, 5)
    shopify = await startFakeShopify(undefined, 0, { shopDomain: SHOP })
  })

  afterAll(async () => {
    // Paused, the five-minute poll leaves it alone once its fake store is gone (no stray writes
    // under later tests).
    if (connectionId)
      await api("POST", `/admin/ordo/channels/${connectionId}`, { token: staff, body: { status: "paused" } })
    await shopify?.close()
  })

  it("a manager connects the store; the secret is sealed and never shown", async () => {
    const locations = await api("GET", "/admin/stock-locations?order=name", { token: staff })
    const body = {
      type: "shopify",
      name: `Shopify ${run}`,
      stock_location_id: locations.body.stock_locations[0].id,
      config: { currency_code: "USD", shop_domain: SHOP, api_base_url: shopify.apiBase },
      credentials: { access_token: "shpat_test_token", webhook_secret: SECRET },
    }
    const bad = await api("POST", "/admin/ordo/channels", {
      token: staff,
      body: { ...body, config: { currency_code: "USD" } },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/config.shop_domain/)
    const sales = await login("user", "sales@ordo.test", "ordo-staff")
    expect((await api("POST", "/admin/ordo/channels", { token: sales, body })).status).toBe(403)

    const r = await api("POST", "/admin/ordo/channels", { token: staff, body })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.channel).toMatchObject({ type: "shopify", status: "enabled", has_credentials: true })
    expect(JSON.stringify(r.body)).not.toContain(SECRET)
    connectionId = r.body.channel.id
    const [row] = await sql("select credentials from channel_connection where id = $1", [connectionId])
    expect(row.credentials).toMatch(/^v1\./)
    expect(row.credentials).not.toContain(SECRET)
    hook = `${stack().backendUrl}/webhooks/shopify/${connectionId}`
  })

  it("refuses a forged, tampered or unsigned delivery and writes nothing", async () => {
    const order = buildShopifyOrder({ lines: [{ sku: SKU, title: "Widget", quantity: 1, price: "15.00" }] })
    const forged = await send("orders/create", order, { secret: "not-the-secret" })
    expect(forged.status).toBe(401)
    const unsigned = await send("orders/create", order, { hmac: "" })
    expect(unsigned.status).toBe(401)
    // Signed over the original body, delivered with another total: the signature no longer matches.
    const tampered = await send("orders/create", order, {
      hmac: signShopifyWebhook(forged.rawBody, SECRET),
      rawBody: forged.rawBody.replace(/"total_price":"[^"]*"/, '"total_price":"0.01"'),
    })
    expect(tampered.status).toBe(401)
    const other = await send("orders/create", order, { shopDomain: "someone-else.myshopify.com" })
    expect(other.status).toBe(401)
    expect(await channelOrders(order.id)).toHaveLength(0)
  })

  it("imports an order once: stock reserved, in the connection's channel, with the external number", async () => {
    const before = await reserved(item)
    const order = buildShopifyOrder({
      lines: [{ sku: SKU, title: "Widget", quantity: 3, price: "15.00" }],
      shipping: "5.00",
    })
    const first = await send("orders/create", order)
    expect(first.status, first.body).toBe(200)
    const result = JSON.parse(first.body)
    expect(result, first.body).toMatchObject({ received: true, outcome: "imported" })
    // The same delivery again, and the same order through another delivery: no second order.
    const replay = await send("orders/create", order, { webhookId: first.webhookId })
    expect(JSON.parse(replay.body).outcome).toBe("duplicate")
    const again = await send("orders/updated", { ...order, updated_at: "2025-06-02T11:00:00-04:00" })
    expect(JSON.parse(again.body).outcome).toBe("duplicate")
    const rows = await channelOrders(order.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: "imported", order_id: result.order_id })
    expect(await reserved(item)).toBe(before + 3)
    const [placed] = await sql('select currency_code, metadata, sales_channel_id from "order" where id = $1', [
      result.order_id,
    ])
    expect(placed.currency_code).toBe("usd")
    expect(placed.metadata).toMatchObject({
      ordo_channel: "marketplace",
      external_id: order.id,
      external_number: order.name,
    })
    const [conn] = await sql(
      "select sales_channel_id, last_webhook_at, last_success_at from channel_connection where id = $1",
      [connectionId],
    )
    expect(placed.sales_channel_id).toBe(conn.sales_channel_id)
    expect(conn.last_webhook_at).not.toBeNull()
    expect(conn.last_success_at).not.toBeNull()
    imported = { order_id: result.order_id, number: order.name, order }
  })

  it("appears in All orders with its channel and marketplace number, and is found by that number", async () => {
    const found = await api("GET", `/admin/ordo/orders?q=${encodeURIComponent(imported.number)}`, { token: staff })
    expect(found.status).toBe(200)
    expect(found.body.orders.map((o: any) => o.id)).toEqual([imported.order_id])
    expect(found.body.orders[0]).toMatchObject({
      channel: { name: `Shopify ${run}` },
      external: { number: imported.number, channel: `Shopify ${run}` },
    })
  })

  it("the catch-up poll brings in an order whose webhook never came, and re-reading changes nothing", async () => {
    const now = new Date().toISOString()
    const missed = buildShopifyOrder({
      lines: [{ sku: SKU, title: "Widget", quantity: 1, price: "15.00" }],
      created_at: now,
      updated_at: now,
    })
    shopify.state.addOrder(missed)
    shopify.state.addOrder({ ...imported.order, updated_at: now })
    const first = await api("POST", `/admin/ordo/channels/${connectionId}/sync`, { token: staff })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.sync).toMatchObject({ fetched: 2, outcomes: { imported: 1, duplicate: 1 } })
    const [row] = await sql("select status, source from channel_order where external_id = $1", [missed.id])
    expect(row).toEqual({ status: "imported", source: "poll" })
    const again = await api("POST", `/admin/ordo/channels/${connectionId}/sync`, { token: staff })
    expect(again.body.sync.outcomes.imported).toBe(0)
    expect(await channelOrders(missed.id)).toHaveLength(1)
    const [conn] = await sql("select sync_cursor, last_poll_at from channel_connection where id = $1", [connectionId])
    expect(conn.last_poll_at).not.toBeNull()
    expect(new Date(conn.sync_cursor).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it("a parcel of a Shopify order goes back to Shopify as a fulfillment with its tracking, once", async () => {
    const shipped = await api("POST", `/admin/ordo/orders/${imported.order_id}/shipments`, {
      token: staff,
      body: { carrier: "ups", tracking_number: "1Z999AA10123456784" },
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    const id = shipped.body.shipment.id
    // The parcel is claimed (origin_pushed_at) before Shopify is called: wait for what Shopify received.
    const mine = () => shopify.state.fulfillments.filter((f: any) => f.order_id === String(imported.order.id))
    const [row] = await until(
      async () => ({
        sent: mine().length,
        rows: await sql("select origin_pushed_at, origin_push_error from shipment where id = $1", [id]),
      }),
      (x) => x.sent > 0 || !!x.rows[0]?.origin_push_error,
      150,
    ).then((x) => x.rows)
    expect(row.origin_push_error).toBeNull()
    expect(row.origin_pushed_at).not.toBeNull()
    const sent = mine()
    expect(sent).toHaveLength(1)
    expect(sent[0].tracking_number ?? sent[0].tracking_info?.number ?? sent[0].tracking_numbers?.[0]).toBe(
      "1Z999AA10123456784",
    )
  })

  it("an unknown SKU waits in the exceptions queue without stopping the next order; staff map it and it is placed", async () => {
    const stuck = buildShopifyOrder({
      lines: [
        { sku: "NOT-OURS-1", title: "Mystery", quantity: 1, price: "9.00" },
        { sku: SKU, title: "Widget", quantity: 1, price: "15.00" },
      ],
    })
    const next = buildShopifyOrder({ lines: [{ sku: OTHER, title: "Gadget", quantity: 1, price: "12.00" }] })
    expect(JSON.parse((await send("orders/create", stuck)).body).outcome).toBe("exception")
    expect(JSON.parse((await send("orders/create", next)).body).outcome).toBe("imported")
    const [row] = await channelOrders(stuck.id)
    expect(row.status).toBe("exception")
    expect(row.problems.map((p: any) => p.code)).toEqual(["unknown_sku"])
    expect(row.problems[0].message).toContain("NOT-OURS-1")

    const queue = await api("GET", `/admin/ordo/channels/${connectionId}/orders?status=exception`, { token: staff })
    expect(queue.status).toBe(200)
    expect(queue.body.channel_orders.map((o: any) => o.id)).toContain(row.id)
    const health = await api("GET", `/admin/ordo/channels/${connectionId}`, { token: staff })
    expect(health.body.channel.health.exceptions_waiting).toBeGreaterThanOrEqual(1)
    expect(health.body.channel.health.imported_today).toBeGreaterThanOrEqual(2)

    const [variant] = await sql("select id from product_variant where sku = $1 and deleted_at is null", [OTHER])
    const bad = await api("POST", `/admin/ordo/channel-orders/${row.id}/resolve`, { token: staff, body: {} })
    expect(bad.status).toBe(400)
    const fixed = await api("POST", `/admin/ordo/channel-orders/${row.id}/resolve`, {
      token: staff,
      body: { skus: { "NOT-OURS-1": variant.id } },
    })
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200)
    expect(fixed.body.channel_order).toMatchObject({ status: "imported" })
    // Remembered: the same marketplace SKU maps by itself next time.
    const later = buildShopifyOrder({ lines: [{ sku: "NOT-OURS-1", title: "Mystery", quantity: 1, price: "9.00" }] })
    expect(JSON.parse((await send("orders/create", later)).body).outcome).toBe("imported")
  })

  it("a cancellation after import cancels the order and releases its stock", async () => {
    const order = buildShopifyOrder({ lines: [{ sku: SKU, title: "Widget", quantity: 2, price: "15.00" }] })
    const placed = JSON.parse((await send("orders/create", order)).body)
    expect(placed.outcome).toBe("imported")
    const held = await reserved(item)
    const cancelled = await send("orders/cancelled", {
      ...order,
      cancelled_at: "2025-06-03T09:00:00-04:00",
      updated_at: "2025-06-03T09:00:00-04:00",
    })
    expect(JSON.parse(cancelled.body).outcome).toBe("cancelled")
    expect(await reserved(item)).toBe(held - 2)
    const [o] = await sql('select status from "order" where id = $1', [placed.order_id])
    expect(o.status).toBe("canceled")
    const [row] = await channelOrders(order.id)
    expect(row.status).toBe("cancelled")
  })

  it("an order larger than the stock waits as an exception with the reason; nothing is reserved", async () => {
    const before = await reserved(item)
    const order = buildShopifyOrder({ lines: [{ sku: SKU, title: "Widget", quantity: 500, price: "15.00" }] })
    const r = JSON.parse((await send("orders/create", order)).body)
    expect(r.outcome).toBe("exception")
    const [row] = await channelOrders(order.id)
    expect(row.status).toBe("exception")
    expect(row.problems[0].code, row.problems[0].message).toBe("stock")
    expect(await reserved(item)).toBe(before)
  })
})
