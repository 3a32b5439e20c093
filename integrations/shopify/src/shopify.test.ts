import { readFileSync } from "node:fs"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
// @ts-expect-error plain ESM test support without types
import { buildShopifyOrder, startFakeShopify } from "../../../tests/support/fake-shopify.mjs"
import { createShopifyClient, parseLinkHeader, retryAfterMs, ShopifyError } from "./client"
import { toIsoDate } from "./dates"
import { addDecimals, compareDecimals, divideDecimal, multiplyDecimal, parseDecimal, subtractDecimals } from "./decimal"
import { idString, parseShopifyJson, stringifyShopifyJson } from "./json"
import { ShopifyMappingError, toMarketplaceOrder } from "./order"
import { parseWebhook, shopifyHmac, verifyShopifyWebhook } from "./webhook"

// Shopify's published examples (../shared/reference/providers, copied into ../fixtures).
const fixtureText = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")
// The webhook body is the inner order, as Shopify writes it (ids as bare numbers).
const referenceOrderText = () =>
  stringifyShopifyJson(parseShopifyJson<any>(fixtureText("order-450789469.response.json")).order)
const referenceOrder = () => parseShopifyJson<any>(referenceOrderText())
const examples = (name: string) => JSON.parse(fixtureText(name)) as any[]

const secret = "shpss_test_app_secret"
const headersFor = (body: string, topic = "orders/create", extra: Record<string, string> = {}) => ({
  "X-Shopify-Hmac-Sha256": shopifyHmac(body, secret),
  "X-Shopify-Topic": topic,
  "X-Shopify-Shop-Domain": "jsmith.myshopify.com",
  "X-Shopify-API-Version": "2025-07",
  "X-Shopify-Webhook-Id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
  "X-Shopify-Triggered-At": "2025-07-01T10:00:00.000Z",
  ...extra,
})

describe("big-int-safe JSON", () => {
  it("keeps every digit of id-like keys and leaves strings and other numbers alone", () => {
    const text =
      '{"id": 820982911946154508, "order_id":9007199254740993,"note":"say \\"id\\": 123","price":12.5,' +
      '"quantity":2,"ids":[1,2],"line_items":[{"id":466157049,"variant_id":null,"product_id":632910392}]}'
    const v = parseShopifyJson<any>(text)
    expect(v.id).toBe("820982911946154508")
    expect(v.order_id).toBe("9007199254740993")
    expect(v.note).toBe('say "id": 123')
    expect(v.price).toBe(12.5)
    expect(v.quantity).toBe(2)
    expect(v.ids).toEqual([1, 2])
    expect(v.line_items[0]).toEqual({ id: "466157049", variant_id: null, product_id: "632910392" })
    // JSON.parse alone would have rounded it.
    expect(String(JSON.parse(text).id)).not.toBe("820982911946154508")
  })

  it("writes digit-only id strings back as bare numbers, exactly", () => {
    const out = stringifyShopifyJson({ location_id: "820982911946154508", note: "id", sku: "0123", code_id: "A1" })
    expect(out).toBe('{"location_id":820982911946154508,"note":"id","sku":"0123","code_id":"A1"}')
    expect(parseShopifyJson<any>(out).location_id).toBe("820982911946154508")
  })

  it("recovers an id JSON.parse already rounded from the GraphQL gid", () => {
    expect(idString(820982911946154500, "gid://shopify/Order/820982911946154508")).toBe("820982911946154508")
    expect(idString(450789469)).toBe("450789469")
    expect(idString(undefined)).toBeUndefined()
  })
})

describe("decimal helpers", () => {
  it("adds, subtracts and multiplies exactly", () => {
    expect(addDecimals(["0.1", "0.2"])).toBe("0.30")
    expect(addDecimals(["3.34", "3.33", "3.33"])).toBe("10.00")
    expect(addDecimals([])).toBe("0.00")
    expect(addDecimals(["1.005", "2"])).toBe("3.005")
    expect(subtractDecimals("0.00", "1.50")).toBe("-1.50")
    expect(multiplyDecimal("199.00", 3)).toBe("597.00")
    expect(multiplyDecimal("19999999999999.99", 1000)).toBe("19999999999999990.00")
    expect(compareDecimals("1.10", "1.1")).toBe(0)
  })

  it("divides rounding half away from zero", () => {
    expect(divideDecimal("10.00", 3, 2)).toBe("3.33")
    expect(divideDecimal("17.95", 2, 2)).toBe("8.98")
    expect(divideDecimal("-17.95", 2, 2)).toBe("-8.98")
    expect(divideDecimal("17.95", 2, 3)).toBe("8.975")
  })

  it("refuses what is not an amount", () => {
    expect(() => parseDecimal("1e3")).toThrow(TypeError)
    expect(() => parseDecimal("")).toThrow(TypeError)
    expect(() => parseDecimal("12,50")).toThrow(TypeError)
    expect(() => parseDecimal(Number.NaN)).toThrow(TypeError)
  })
})

describe("dates", () => {
  it("normalises Shopify's offset dates to UTC", () => {
    expect(toIsoDate("2008-01-10T11:00:00-05:00")).toBe("2008-01-10T16:00:00.000Z")
    expect(toIsoDate("2008-01-10 11:00:00")).toBe("2008-01-10T11:00:00.000Z")
    expect(toIsoDate("2008-02-30T11:00:00Z")).toBeUndefined()
    expect(toIsoDate("soon")).toBeUndefined()
  })
})

describe("webhook signature", () => {
  const body = referenceOrderText()

  it("accepts Shopify's base64 HMAC-SHA256 of the raw body, as string or Buffer", () => {
    const hmac = shopifyHmac(body, secret)
    expect(verifyShopifyWebhook(body, hmac, secret)).toBe(true)
    expect(verifyShopifyWebhook(Buffer.from(body), hmac, secret)).toBe(true)
  })

  it("refuses another secret, a tampered body, a missing or malformed header", () => {
    const hmac = shopifyHmac(body, secret)
    expect(verifyShopifyWebhook(body, hmac, "another_secret")).toBe(false)
    expect(verifyShopifyWebhook(body.replace('"598.94"', '"5.94"'), hmac, secret)).toBe(false)
    expect(verifyShopifyWebhook(`${body} `, hmac, secret)).toBe(false)
    expect(verifyShopifyWebhook(body, undefined, secret)).toBe(false)
    expect(verifyShopifyWebhook(body, "", secret)).toBe(false)
    expect(verifyShopifyWebhook(body, hmac.slice(0, -2), secret)).toBe(false)
    expect(verifyShopifyWebhook(body, `${hmac}AA`, secret)).toBe(false)
    expect(verifyShopifyWebhook(body, Buffer.from(hmac, "base64").toString("hex"), secret)).toBe(false)
    expect(verifyShopifyWebhook(body, hmac, "")).toBe(false)
  })

  it("parses a verified delivery, with case-insensitive headers and the replay keys", () => {
    const lower = Object.fromEntries(Object.entries(headersFor(body)).map(([k, v]) => [k.toLowerCase(), v]))
    const result = parseWebhook({ ...lower, "x-shopify-event-id": "evt-98" }, Buffer.from(body), secret)
    expect(result).toMatchObject({
      ok: true,
      topic: "orders/create",
      webhookId: "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
      eventId: "evt-98",
      shopDomain: "jsmith.myshopify.com",
      apiVersion: "2025-07",
      triggeredAt: "2025-07-01T10:00:00.000Z",
      order: { external_id: "450789469", status: "open" },
    })
    const fetchHeaders = new Headers(headersFor(body, "orders/updated"))
    expect(parseWebhook(fetchHeaders, body, secret)).toMatchObject({ ok: true, topic: "orders/updated" })
  })

  it("accepts the un-prefixed headers of the newer events delivery", () => {
    const h = {
      "shopify-hmac-sha256": shopifyHmac(body, secret),
      "shopify-topic": "orders/updated",
      "shopify-shop-domain": "jsmith.myshopify.com",
      "shopify-webhook-id": "w-1",
      "shopify-event-id": "e-1",
    }
    expect(parseWebhook(h, body, secret)).toMatchObject({ ok: true, webhookId: "w-1", eventId: "e-1" })
  })

  it("refuses before parsing: no signature, a bad one, missing headers, other topics, bad JSON", () => {
    const h = headersFor(body)
    const { "X-Shopify-Hmac-Sha256": _, ...unsigned } = h
    expect(parseWebhook(unsigned, body, secret)).toEqual({ ok: false, reason: "missing_hmac" })
    expect(parseWebhook(h, body, "wrong")).toEqual({ ok: false, reason: "invalid_signature" })
    expect(parseWebhook(h, `${body}\n`, secret)).toEqual({ ok: false, reason: "invalid_signature" })
    const { "X-Shopify-Webhook-Id": __, ...noId } = h
    expect(parseWebhook(noId, body, secret)).toEqual({ ok: false, reason: "missing_headers", detail: "webhook-id" })
    expect(parseWebhook(headersFor(body, "products/update"), body, secret)).toMatchObject({
      ok: false,
      reason: "unsupported_topic",
    })
    const broken = "{not json"
    expect(parseWebhook(headersFor(broken), broken, secret)).toMatchObject({ ok: false, reason: "invalid_json" })
    const notOrder = "[]"
    expect(parseWebhook(headersFor(notOrder), notOrder, secret)).toMatchObject({ ok: false, reason: "invalid_order" })
  })
})

describe("order mapping", () => {
  it("maps Shopify's reference order: ids as strings, money as decimal strings, shop currency", () => {
    const { raw, ...order } = toMarketplaceOrder(referenceOrder())
    expect(raw).toMatchObject({ id: "450789469" })
    expect(order).toEqual({
      source: "shopify",
      external_id: "450789469",
      external_number: "#1001",
      status: "open",
      currency_code: "usd",
      placed_at: "2008-01-10T16:00:00.000Z",
      updated_at: "2008-01-10T16:00:00.000Z",
      buyer: {
        email: "bob.norman@mail.example.com",
        external_buyer_id: "207119551",
        name: "Bob Norman",
        phone: "+557734881234",
      },
      shipping_address: {
        first_name: "Bob",
        last_name: "Norman",
        address_1: "Chestnut Street 92",
        city: "Louisville",
        province: "KY",
        postal_code: "40202",
        country_code: "us",
        phone: "+1(502)-459-2181",
      },
      lines: [
        ["466157049", "IPOD2008GREEN", "green", "3.34"],
        ["518995019", "IPOD2008RED", "red", "3.33"],
        ["703073504", "IPOD2008BLACK", "black", "3.33"],
      ].map(([id, sku, colour, discount]) => ({
        external_line_id: id,
        sku,
        title: `IPod Nano - 8gb - ${colour}`,
        quantity: 1,
        unit_price: "199.00",
        line_total: "199.00",
        discount,
      })),
      shipping_total: "0.00",
      tax_total: "11.94",
      total: "598.94",
    })
  })

  it("gives a line without SKU sku null (never an invented one)", () => {
    const payload = referenceOrder()
    delete payload.line_items[1].sku
    payload.line_items[2].sku = "   "
    const order = toMarketplaceOrder(payload)
    expect(order.lines.map((l) => l.sku)).toEqual(["IPOD2008GREEN", null, null])
  })

  it("maps a cancelled order, a fulfilled one, and unwraps the REST envelope", () => {
    const cancelled = {
      ...referenceOrder(),
      cancelled_at: "2008-01-10T12:30:00-05:00",
      cancel_reason: "customer",
      updated_at: "2008-01-10T12:30:00-05:00",
    }
    expect(toMarketplaceOrder(cancelled)).toMatchObject({
      status: "cancelled",
      cancelled_at: "2008-01-10T17:30:00.000Z",
      updated_at: "2008-01-10T17:30:00.000Z",
    })
    expect(toMarketplaceOrder({ ...referenceOrder(), fulfillment_status: "fulfilled" }).status).toBe("shipped")
    expect(toMarketplaceOrder({ ...referenceOrder(), fulfillment_status: "partial" }).status).toBe("open")
    expect(toMarketplaceOrder({ order: referenceOrder() }).external_id).toBe("450789469")
  })

  it("reads an orders/cancelled delivery with an id beyond 2^53", () => {
    const body = referenceOrderText()
      .replace('"id":450789469', '"id":820982911946154508')
      .replace('"cancelled_at":null', '"cancelled_at":"2025-07-01T09:00:00-04:00"')
    const result = parseWebhook(headersFor(body, "orders/cancelled"), body, secret)
    expect(result).toMatchObject({
      ok: true,
      topic: "orders/cancelled",
      order: { external_id: "820982911946154508", status: "cancelled", cancelled_at: "2025-07-01T13:00:00.000Z" },
    })
  })

  it("nets shipping discounts, sums line discounts exactly, refuses unusable orders", () => {
    const order = buildShopifyOrder({
      id: "1",
      lines: [{ sku: "A", quantity: 3, price: "0.10", discount: "0.05" }],
      shipping: "5.00",
    })
    order.shipping_lines[0].discount_allocations = [{ amount: "1.25" }]
    expect(toMarketplaceOrder(order)).toMatchObject({
      lines: [{ quantity: 3, unit_price: "0.10", line_total: "0.30", discount: "0.05" }],
      shipping_total: "3.75",
      total: "5.25",
    })
    expect(() => toMarketplaceOrder({ line_items: [] })).toThrow(ShopifyMappingError)
    expect(() => toMarketplaceOrder({ ...referenceOrder(), total_price_set: null, total_price: "1e3" })).toThrow(
      ShopifyMappingError,
    )
    const fractional = referenceOrder()
    fractional.line_items[0].quantity = 1.5
    expect(() => toMarketplaceOrder(fractional)).toThrow(/not whole/)
  })
})

describe("client helpers", () => {
  it("reads Link and Retry-After headers", () => {
    expect(
      parseLinkHeader(
        '<https://s.myshopify.com/admin/api/2025-07/orders.json?limit=3&page_info=abc>; rel="next", <https://x/y?page_info=p>; rel="previous"',
      ),
    ).toEqual({
      next: "https://s.myshopify.com/admin/api/2025-07/orders.json?limit=3&page_info=abc",
      previous: "https://x/y?page_info=p",
    })
    expect(retryAfterMs("2.0")).toBe(2000)
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000)
    expect(retryAfterMs(null)).toBeUndefined()
  })

  it("sends the reference inventory set and fulfillment bodies and reads their responses", async () => {
    const sent: { url: string; init: RequestInit }[] = []
    const replies = [
      examples("inventory_levels-set-adjust.examples.json").find((e) => e.test === "test_7"),
      examples("fulfillments-create-with-tracking.examples.json").find((e) => e.test === "test_9"),
    ]
    const client = createShopifyClient({
      shopDomain: "jsmith.myshopify.com",
      accessToken: "shpat_x",
      fetch: (async (url: string, init: RequestInit) => {
        sent.push({ url, init })
        return new Response(JSON.stringify(replies[sent.length - 1].response), { status: 200 })
      }) as typeof fetch,
    })
    const level = await client.setInventoryLevel({
      location_id: "655441491",
      inventory_item_id: "808950810",
      available: 42,
      idempotencyKey: "ordo-stock-1",
    })
    expect(level).toMatchObject({ inventory_item_id: "808950810", location_id: "655441491", available: 42 })
    const fulfillment = await client.createFulfillment({
      fulfillment_order_id: "1046000811",
      line_items: [{ id: "1072503316", quantity: 1 }],
      tracking: { number: "1Z001985YW99744790", company: "UPS" },
      notify_customer: false,
      message: "The package was shipped this morning.",
    })
    expect(fulfillment).toEqual({
      id: "1069019868",
      order_id: "450789469",
      status: "success",
      name: "#1001.2",
      tracking_company: "UPS",
      tracking_number: "1Z001985YW99744790",
      tracking_url: "https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1Z001985YW99744790",
    })
    for (const [i, s] of sent.entries()) {
      expect(s.url).toBe(`https://jsmith.myshopify.com${replies[i].request.path}`)
      expect(s.init.method).toBe("POST")
      expect(JSON.parse(String(s.init.body))).toEqual(replies[i].request.body)
      expect((s.init.headers as Record<string, string>)["X-Shopify-Access-Token"]).toBe("shpat_x")
    }
    expect((sent[0].init.headers as Record<string, string>)["Idempotency-Key"]).toBe("ordo-stock-1")
  })
})

describe("client against the fake Shopify", () => {
  let fake: any
  let slept: number[]
  const client = (over: Record<string, unknown> = {}) =>
    createShopifyClient({
      shopDomain: fake.state.shopDomain,
      accessToken: fake.state.accessToken,
      baseUrl: fake.apiBase,
      sleep: async (ms) => {
        slept.push(ms)
      },
      ...over,
    })

  beforeAll(async () => {
    fake = await startFakeShopify()
  })
  afterAll(() => fake.close())
  beforeEach(() => {
    slept = []
    fake.state.orders.clear()
    fake.state.requests.length = 0
    fake.state.force429(0)
  })

  const seven = () =>
    Array.from({ length: 7 }, (_, i) =>
      fake.state.addOrder({
        id: String(9_007_199_254_740_993n + BigInt(i)),
        updated_at: `2025-07-0${i + 1}T10:00:00-04:00`,
        lines: [{ sku: `SKU-${i}`, quantity: i + 1, price: "12.50" }],
      }),
    )

  it("pages through Link rel=next with page_info only and returns the latest updated_at as cursor", async () => {
    seven()
    fake.state.addOrder({ id: "42", updated_at: "2025-06-01T00:00:00Z" }) // before the cursor
    const pages = []
    for await (const page of client().listOrdersUpdatedSince("2025-06-15T00:00:00Z", {
      limit: 3,
      until: "2025-08-01T00:00:00Z",
    })) {
      pages.push(page)
    }
    expect(pages.map((p) => p.orders.length)).toEqual([3, 3, 1])
    expect(pages.map((p) => p.last)).toEqual([false, false, true])
    expect(pages[pages.length - 1].cursor).toBe("2025-07-07T14:00:00.000Z")
    const ids = pages.flatMap((p) => p.orders.map((o) => o.external_id))
    expect(ids[0]).toBe("9007199254740993")
    expect(ids).toHaveLength(7)
    expect(pages[0].orders[1]).toMatchObject({ lines: [{ quantity: 2, unit_price: "12.50", line_total: "25.00" }] })
    const calls = fake.state.requests.filter((r: any) => r.path.endsWith("orders.json")).map((r: any) => r.query)
    expect(calls[0]).toBe(
      "?status=any&updated_at_min=2025-06-15T00%3A00%3A00Z&updated_at_max=2025-08-01T00%3A00%3A00Z&limit=3",
    )
    expect(calls.slice(1).every((q: string) => /^\?limit=3&page_info=[\w-]+$/.test(q))).toBe(true)
    const all = await client().collectOrdersUpdatedSince("2025-07-07T14:00:00Z", { until: "2025-08-01T00:00:00Z" })
    expect(all.orders.map((o) => o.external_id)).toEqual(["9007199254740999"]) // updated_at_min is inclusive
    expect(all.nextCursor).toBe("2025-07-07T14:00:00.000Z")
  })

  it("keeps the cursor when nothing changed and reports an unmappable order without stopping", async () => {
    const none = await client().collectOrdersUpdatedSince("2030-01-01T00:00:00Z", { until: "2030-02-01T00:00:00Z" })
    expect(none).toEqual({ orders: [], failures: [], nextCursor: "2030-01-01T00:00:00.000Z" })
    seven()
    const bad = fake.state.orders.get("9007199254740994")
    bad.currency = null
    bad.presentment_currency = null
    const res = await client().collectOrdersUpdatedSince("2025-01-01T00:00:00Z", { until: "2025-08-01T00:00:00Z" })
    expect(res.orders).toHaveLength(6)
    expect(res.failures).toMatchObject([{ external_id: "9007199254740994", error: expect.stringMatching(/currency/) }])
  })

  it("waits Retry-After on 429 and retries, then gives up with a typed error", async () => {
    seven()
    fake.state.force429(2, "1.5")
    const res = await client().collectOrdersUpdatedSince("2025-01-01T00:00:00Z", { until: "2025-08-01T00:00:00Z" })
    expect(res.orders).toHaveLength(7)
    expect(slept).toEqual([1500, 1500])
    slept = []
    fake.state.force429(10, "2.0")
    const input = { inventory_item_id: "1", location_id: "2", available: 1, idempotencyKey: "k-429" }
    const err = await client({ maxRetries: 3 })
      .setInventoryLevel(input)
      .catch((e) => e)
    expect(slept).toEqual([2000, 2000, 2000])
    expect(err).toBeInstanceOf(ShopifyError)
    expect(err.status).toBe(429)
    expect(err.message).toMatch(/Exceeded 2 calls per second/)
  })

  it("backs off exponentially, bounded, when a 429 carries no Retry-After", async () => {
    let calls = 0
    const stub = (async () => {
      calls++
      return calls < 4 ? new Response("{}", { status: 429 }) : new Response('{"shop":{"id":1,"name":"S"}}')
    }) as unknown as typeof fetch
    const res = await client({ fetch: stub, maxBackoffMs: 3000 }).testConnection()
    expect(res).toEqual({ ok: true, shop: { id: "1", name: "S" } })
    expect(slept).toEqual([1000, 2000, 3000])
  })

  it("tests the connection and surfaces a refused token as ShopifyError", async () => {
    expect(await client().testConnection()).toEqual({
      ok: true,
      shop: {
        id: "548380009",
        name: "Ordo Test Store",
        domain: "shop.example.com",
        myshopify_domain: "ordo-test.myshopify.com",
        currency: "usd",
      },
    })
    const refused = await client({ accessToken: "shpat_wrong" }).testConnection()
    expect(refused).toMatchObject({ ok: false, status: 401, message: expect.stringMatching(/Invalid API key/) })
    const err = await client({ accessToken: "nope" })
      .collectOrdersUpdatedSince("2025-01-01T00:00:00Z")
      .catch((e) => e)
    expect(err).toBeInstanceOf(ShopifyError)
    expect(err.status).toBe(401)
  })

  it("sets inventory with an Idempotency-Key the fake deduplicates", async () => {
    const before = fake.state.inventorySets.length
    const input = {
      inventory_item_id: "808950810",
      location_id: "9007199254740995",
      available: 7,
      idempotencyKey: "ordo-stock-sku1-v3",
    }
    await client().setInventoryLevel(input)
    const again = await client().setInventoryLevel(input)
    expect(again).toMatchObject({ location_id: "9007199254740995", available: 7 })
    expect(fake.state.inventorySets.slice(before)).toMatchObject([
      {
        inventory_item_id: "808950810",
        location_id: "9007199254740995",
        available: 7,
        idempotencyKey: "ordo-stock-sku1-v3",
      },
    ])
    const raw = fake.state.requests.at(-1).body
    expect(raw).toBe('{"location_id":9007199254740995,"inventory_item_id":808950810,"available":7}')
    await expect(client().setInventoryLevel({ ...input, available: 1.5 })).rejects.toThrow(TypeError)
  })

  it("fulfils an order's open fulfillment orders with tracking; the order then reads as shipped", async () => {
    const [order] = seven()
    const f = await client().createFulfillment({
      order_id: order.id,
      tracking: { number: "1Z001985YW99744790", company: "UPS", url: "https://ups.example/1Z" },
      notify_customer: true,
      idempotencyKey: "ordo-ship-1",
    })
    expect(f).toMatchObject({ order_id: order.id, status: "success", tracking_number: "1Z001985YW99744790" })
    expect(fake.state.fulfillments.at(-1)).toMatchObject({ notify_customer: true, tracking_company: "UPS" })
    const again = await client()
      .createFulfillment({
        order_id: order.id,
        tracking: { number: "1Z001985YW99744790" },
      })
      .catch((e) => e)
    expect(again).toBeInstanceOf(ShopifyError)
    expect(again.message).toMatch(/no open fulfillment order/)
    const res = await client().collectOrdersUpdatedSince("2025-01-01T00:00:00Z")
    expect(res.orders.find((o) => o.external_id === order.id)?.status).toBe("shipped")
  })

  it("sends signed webhooks a parseWebhook endpoint accepts (and a forged one it refuses)", async () => {
    const received: ReturnType<typeof parseWebhook>[] = []
    const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = []
      req.on("data", (c: Buffer) => chunks.push(c))
      req.on("end", () => {
        const result = parseWebhook(req.headers, Buffer.concat(chunks), secret)
        received.push(result)
        res.statusCode = result.ok ? 200 : 401
        res.end()
      })
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    const target = `http://127.0.0.1:${(server.address() as any).port}/webhooks/shopify`
    const order = buildShopifyOrder({ id: "820982911946154508", lines: [{ sku: null, quantity: 2, price: "5.00" }] })
    const ok = await fake.sendWebhook(target, "orders/create", order, { secret, webhookId: "wh-1" })
    const forged = await fake.sendWebhook(target, "orders/create", order, { secret: "guess" })
    await new Promise((r) => server.close(r))
    expect([ok.status, forged.status]).toEqual([200, 401])
    expect(ok.rawBody).toContain('"id":820982911946154508')
    expect(received[0]).toMatchObject({
      ok: true,
      webhookId: "wh-1",
      shopDomain: "ordo-test.myshopify.com",
      order: { external_id: "820982911946154508", lines: [{ sku: null, quantity: 2, line_total: "10.00" }] },
    })
    expect(received[1]).toEqual({ ok: false, reason: "invalid_signature" })
  })
})
