import { readFileSync } from "node:fs"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
// @ts-expect-error plain ESM test support without types
import { generateOrders, startFakeAmazon } from "../../../tests/support/fake-amazon.mjs"
import { AmazonError, createAmazonClient } from "./client"
import { toIsoDate } from "./dates"
import { addDecimals, divideDecimal, subtractDecimals } from "./decimal"
import { createLwaTokenProvider, LwaError } from "./lwa"
import { AmazonMappingError, type AmazonOrder, type AmazonOrderItem, amazonStatus, toMarketplaceOrder } from "./order"
import { RateLimiter } from "./rate-limit"

// Amazon's published examples (../shared/reference/providers, copied into ../fixtures).
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"))
const referenceOrder = (): AmazonOrder => fixture("getOrders-response.example.json").payload.Orders[0]
const referenceItems = (): AmazonOrderItem[] => fixture("getOrderItems-response.example.json").payload.OrderItems
const US = "ATVPDKIKX0DER"

/** A clock that only moves when the code under test sleeps (or the test says so). */
function fakeClock() {
  let t = Date.parse("2025-07-01T00:00:00Z")
  const slept: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms)
      t += ms
    },
    advance: (ms: number) => {
      t += ms
    },
    slept,
  }
}

describe("order mapping", () => {
  it("maps the reference getOrders + getOrderItems payloads", () => {
    const { raw, ...order } = toMarketplaceOrder(referenceOrder(), referenceItems())
    expect(raw).toEqual({ order: referenceOrder(), items: referenceItems() })
    expect(order).toEqual({
      source: "amazon",
      external_id: "902-3159896-1390916",
      external_number: "902-3159896-1390916",
      status: "pending",
      currency_code: "jpy", // no OrderTotal while Pending: the items' currency
      placed_at: "2017-01-20T19:49:35.000Z",
      updated_at: "2017-01-20T19:49:35.000Z",
      buyer: { email: "user@example.com", name: "John Doe" },
      shipping_address: {
        first_name: "Michigan",
        last_name: "address",
        address_1: "1 Cross St.",
        city: "Canton",
        province: "MI",
        postal_code: "48817",
        country_code: "us",
      },
      lines: [
        {
          external_line_id: "68828574383266",
          sku: "CBA_OTF_1",
          title: "Example item name",
          quantity: 1,
          unit_price: "25.99",
          line_total: "25.99",
        },
        {
          external_line_id: "79039765272157",
          sku: "CBA_OTF_5",
          title: "Example item name",
          quantity: 2,
          unit_price: "8.98", // 17.95 / 2 = 8.975, half up
          line_total: "17.95",
        },
      ],
      shipping_total: "1.26",
      tax_total: "0.00",
      total: "45.20", // no OrderTotal: lines + shipping + tax
    })
  })

  it("maps statuses: pending waits, open, shipped, cancelled; unknown waits", () => {
    const cases: [string | undefined, string][] = [
      ["Pending", "pending"],
      ["PendingAvailability", "pending"],
      ["Unshipped", "open"],
      ["PartiallyShipped", "open"],
      ["Shipped", "shipped"],
      ["InvoiceUnconfirmed", "shipped"],
      ["Canceled", "cancelled"],
      ["Unfulfillable", "cancelled"],
      ["SomethingNew", "pending"],
      [undefined, "pending"],
    ]
    for (const [status, expected] of cases) expect([status, amazonStatus(status)]).toEqual([status, expected])
    const cancelled = toMarketplaceOrder(
      { ...referenceOrder(), OrderStatus: "Canceled", LastUpdateDate: "2017-01-21T08:00:00Z" },
      [],
    )
    expect(cancelled).toMatchObject({ status: "cancelled", cancelled_at: "2017-01-21T08:00:00.000Z", lines: [] })
    expect(toMarketplaceOrder({ ...referenceOrder(), OrderStatus: "Unshipped" }, referenceItems()).cancelled_at).toBe(
      undefined,
    )
  })

  it("uses OrderTotal, nets shipping discounts, keeps promotions as line discounts", () => {
    const items: AmazonOrderItem[] = [
      {
        OrderItemId: "1",
        SellerSKU: " SKU-A ",
        Title: "Bolt",
        QuantityOrdered: 3,
        ItemPrice: { CurrencyCode: "USD", Amount: "10.00" },
        ItemTax: { CurrencyCode: "USD", Amount: "0.80" },
        ShippingPrice: { CurrencyCode: "USD", Amount: "4.99" },
        ShippingDiscount: { CurrencyCode: "USD", Amount: "-4.99" },
        ShippingTax: { CurrencyCode: "USD", Amount: "0.10" },
        PromotionDiscount: { CurrencyCode: "USD", Amount: "1.00" },
      },
      { OrderItemId: "2", SellerSKU: "", Title: "Nut", QuantityOrdered: 1, ItemPrice: { Amount: "0.10" } },
      { OrderItemId: "3", SellerSKU: "GONE", QuantityOrdered: 0, ItemPrice: { Amount: "0.00" } },
    ]
    const order = toMarketplaceOrder(
      { ...referenceOrder(), OrderStatus: "Unshipped", OrderTotal: { CurrencyCode: "USD", Amount: "10.00" } },
      items,
    )
    expect(order).toMatchObject({
      currency_code: "usd",
      shipping_total: "0.00",
      tax_total: "0.90",
      total: "10.00",
      lines: [
        { external_line_id: "1", sku: "SKU-A", quantity: 3, unit_price: "3.33", line_total: "10.00", discount: "1.00" },
        { external_line_id: "2", sku: null, quantity: 1, unit_price: "0.10", line_total: "0.10" },
      ],
    })
    expect(order.lines[1]).not.toHaveProperty("discount")
  })

  it("reads quirky dates and a Pending order without buyer, prices or address lines", () => {
    const quirky: AmazonOrder = {
      AmazonOrderId: "114-0000000-0000001",
      PurchaseDate: "2017-01-20 19:49:35",
      LastUpdateDate: "2017-01-20T21:49:35.1234567+0200",
      OrderStatus: "Pending",
      MarketplaceId: "A1PA6795UKMFR9",
      ShippingAddress: { City: "Berlin", PostalCode: "10115", CountryCode: "DE" },
    }
    const order = toMarketplaceOrder(quirky, [{ OrderItemId: "9", SellerSKU: "X", QuantityOrdered: 2 }])
    expect(order).toMatchObject({
      status: "pending",
      currency_code: "eur", // from the marketplace: Amazon gives no prices while Pending
      placed_at: "2017-01-20T19:49:35.000Z",
      updated_at: "2017-01-20T19:49:35.123Z",
      buyer: {},
      shipping_address: { address_1: "", city: "Berlin", postal_code: "10115", country_code: "de" },
      lines: [{ sku: "X", quantity: 2, unit_price: "0.00", line_total: "0.00" }],
      total: "0.00",
    })
    expect(order.shipping_address).not.toHaveProperty("first_name")
    expect(toMarketplaceOrder({ AmazonOrderId: "1", PurchaseDate: "2017-01-20", MarketplaceId: US }).placed_at).toBe(
      "2017-01-20T00:00:00.000Z",
    )
    const noAddress = toMarketplaceOrder({ ...quirky, ShippingAddress: undefined }, [])
    expect(noAddress).not.toHaveProperty("shipping_address")
  })

  it("refuses what it cannot read, naming the order", () => {
    expect(() => toMarketplaceOrder({ AmazonOrderId: "" } as AmazonOrder)).toThrow(AmazonMappingError)
    expect(() => toMarketplaceOrder({ AmazonOrderId: "1", PurchaseDate: "yesterday" })).toThrow(/1: PurchaseDate/)
    expect(() =>
      toMarketplaceOrder({ AmazonOrderId: "2", PurchaseDate: "2017-01-20T00:00:00Z", MarketplaceId: "XX" }),
    ).toThrow(/no currency/)
    expect(() =>
      toMarketplaceOrder({ ...referenceOrder(), AmazonOrderId: "3" }, [
        { OrderItemId: "i", QuantityOrdered: 1, ItemPrice: { Amount: "1,50" } },
      ]),
    ).toThrow(AmazonMappingError)
    expect(() => toMarketplaceOrder(referenceOrder(), [{ OrderItemId: "i", QuantityOrdered: 1.5 }])).toThrow(
      /QuantityOrdered 1.5/,
    )
  })

  it("handles the date and money quirks exactly", () => {
    expect(toIsoDate("2017-01-20T19:49:35Z")).toBe("2017-01-20T19:49:35.000Z")
    expect(toIsoDate("2017-01-20T19:49:35")).toBe("2017-01-20T19:49:35.000Z")
    expect(toIsoDate("2017-01-20T19:49")).toBe("2017-01-20T19:49:00.000Z")
    expect(toIsoDate("2017-01-20T14:49:35-05")).toBe("2017-01-20T19:49:35.000Z")
    expect(toIsoDate("2017-01-20T19:49:35 UTC")).toBe("2017-01-20T19:49:35.000Z")
    expect(toIsoDate("")).toBeUndefined()
    expect(toIsoDate("2017-13-01T00:00:00Z")).toBeUndefined()
    expect(divideDecimal("10.00", 3, 2)).toBe("3.33")
    expect(divideDecimal("0.05", 2, 2)).toBe("0.03")
    expect(divideDecimal("1999", 2, 2)).toBe("999.50")
    expect(addDecimals(["25.99", "17.95", "1.26"])).toBe("45.20")
    expect(subtractDecimals("4.99", "4.99")).toBe("0.00")
  })
})

describe("LWA token", () => {
  let fake: any
  beforeAll(async () => {
    fake = await startFakeAmazon(0, { lwa: { clientId: "amzn1.app", clientSecret: "secret", refreshToken: "Atzr|r" } })
  })
  afterAll(() => fake.close())

  it("exchanges once for many calls, again after expiry (minus the margin), once for concurrent callers", async () => {
    const clock = fakeClock()
    const lwa = createLwaTokenProvider({
      clientId: "amzn1.app",
      clientSecret: "secret",
      refreshToken: "Atzr|r",
      tokenUrl: fake.tokenUrl,
      now: clock.now,
    })
    const before = fake.state.counts.token
    const [a, b, c] = await Promise.all([lwa.getAccessToken(), lwa.getAccessToken(), lwa.getAccessToken()])
    expect(new Set([a, b, c]).size).toBe(1)
    for (let i = 0; i < 5; i++) expect(await lwa.getAccessToken()).toBe(a)
    expect(lwa.exchanges).toBe(1)
    clock.advance(3600_000 - 60_000 - 1)
    expect(await lwa.getAccessToken()).toBe(a)
    clock.advance(1)
    const renewed = await lwa.getAccessToken()
    expect(renewed).not.toBe(a)
    expect(lwa.exchanges).toBe(2)
    lwa.invalidate()
    await lwa.getAccessToken()
    expect(fake.state.counts.token - before).toBe(3)
  })

  it("sends the form-encoded refresh_token grant", async () => {
    const seen: { url: string; init: RequestInit }[] = []
    const lwa = createLwaTokenProvider({
      clientId: "id",
      clientSecret: "s&cret",
      refreshToken: "Atzr|x",
      fetch: (async (url: string, init: RequestInit) => {
        seen.push({ url, init })
        return new Response('{"access_token":"Atza|t","token_type":"bearer","expires_in":3600}')
      }) as typeof fetch,
    })
    expect(await lwa.getAccessToken()).toBe("Atza|t")
    expect(seen[0].url).toBe("https://api.amazon.com/auth/o2/token")
    expect((seen[0].init.headers as Record<string, string>)["Content-Type"]).toMatch(/x-www-form-urlencoded/)
    expect(Object.fromEntries(new URLSearchParams(String(seen[0].init.body)))).toEqual({
      grant_type: "refresh_token",
      refresh_token: "Atzr|x",
      client_id: "id",
      client_secret: "s&cret",
    })
  })

  it("surfaces a refused exchange as LwaError with LWA's code", async () => {
    const bad = (over: object) =>
      createLwaTokenProvider({
        clientId: "amzn1.app",
        clientSecret: "secret",
        refreshToken: "Atzr|r",
        tokenUrl: fake.tokenUrl,
        ...over,
      }).getAccessToken()
    await expect(bad({ clientSecret: "wrong" })).rejects.toMatchObject({ status: 401, code: "invalid_client" })
    const err = await bad({ refreshToken: "Atzr|old" }).catch((e) => e)
    expect(err).toBeInstanceOf(LwaError)
    expect(err).toMatchObject({ status: 400, code: "invalid_grant" })
  })
})

describe("rate limiter", () => {
  it("lets a burst through, then paces at the rate the header gives", () => {
    const clock = fakeClock()
    const limiter = new RateLimiter(0.5, 2, clock.now)
    expect([limiter.reserve(), limiter.reserve(), limiter.reserve()]).toEqual([0, 0, 2000])
    limiter.setRate("10.0")
    limiter.setRate("garbage")
    expect(limiter.rate).toBe(10)
    clock.advance(2000)
    expect(limiter.reserve()).toBe(0)
    limiter.drain()
    expect(limiter.reserve()).toBe(100)
  })
})

describe("client against the fake SP-API", () => {
  let fake: any
  let clock: ReturnType<typeof fakeClock>
  const client = (over: Record<string, unknown> = {}) =>
    createAmazonClient({
      endpoint: fake.url,
      lwa: { clientId: "c", clientSecret: "s", refreshToken: "Atzr|r", tokenUrl: fake.tokenUrl },
      marketplaceIds: [US],
      now: clock.now,
      sleep: clock.sleep,
      ...over,
    })

  beforeAll(async () => {
    fake = await startFakeAmazon()
  })
  afterAll(() => fake.close())
  beforeEach(() => {
    clock = fakeClock()
    fake.state.clear()
    fake.state.force429(0)
    fake.state.rateLimit = { getOrders: "0.0167", getOrderItems: "0.5" }
    fake.state.itemsPageSize = 100
  })

  it("pages by NextToken with the same filters, fetches items per order and returns the cursor", async () => {
    const generated = generateOrders(25, ["SKU-1", "SKU-2"], { seed: 7 })
    fake.state.load(generated)
    const pages = []
    for await (const page of client({ rateLimits: { getOrderItems: { rate: 0.5, burst: 100 } } }).ordersUpdatedSince(
      "2024-12-31T00:00:00Z",
      { maxResultsPerPage: 10 },
    )) {
      pages.push(page)
    }
    expect(pages.map((p) => p.orders.length)).toEqual([10, 10, 5])
    expect(pages.map((p) => p.last)).toEqual([false, false, true])
    const latest = generated
      .map((g: any) => g.order.LastUpdateDate)
      .sort()
      .at(-1)
    expect(pages[pages.length - 1].cursor).toBe(toIsoDate(latest))
    const calls = fake.state.requests.filter((r: any) => r.operation === "getOrders").map((r: any) => r.query)
    expect(calls[0]).toBe(`?MarketplaceIds=${US}&LastUpdatedAfter=2024-12-31T00%3A00%3A00Z&MaxResultsPerPage=10`)
    expect(calls[1]).toMatch(new RegExp(`^\\${calls[0]}&NextToken=.+`))
    const pending = generated.filter((g: any) => g.order.OrderStatus === "Pending").length
    expect(fake.state.counts.getOrderItems).toBe(25 - pending)
    const orders = pages.flatMap((p) => p.orders)
    for (const o of orders.filter((x) => x.status !== "pending")) {
      // Amazon's OrderTotal = Σ(line totals − promotions) + shipping + tax, exactly.
      const lines = o.lines.map((l) => subtractDecimals(l.line_total, l.discount ?? "0"))
      expect(addDecimals([...lines, o.shipping_total, o.tax_total])).toBe(o.total)
      expect(o.lines.every((l) => l.sku === "SKU-1" || l.sku === "SKU-2")).toBe(true)
    }
  })

  it("pages an order's items by NextToken", async () => {
    const [g] = generateOrders(1, ["A"], { seed: 3 }).map((x: any) => ({
      order: { ...x.order, OrderStatus: "Unshipped" },
      items: Array.from({ length: 5 }, (_, i) => ({ ...x.items[0], OrderItemId: `item-${i}` })),
    }))
    fake.state.load([g])
    fake.state.itemsPageSize = 2
    const items = await client().getAllOrderItems(g.order.AmazonOrderId)
    expect(items.map((i) => i.OrderItemId)).toEqual(["item-0", "item-1", "item-2", "item-3", "item-4"])
    expect(fake.state.counts.getOrderItems).toBe(3)
  })

  it("backs off exponentially on 429, bounded, with a typed error at the end", async () => {
    fake.state.load(generateOrders(3, ["A"], { seed: 1 }))
    fake.state.rateLimit.getOrders = "1000"
    fake.state.force429(3, "getOrders")
    const res = await client().getOrders({ lastUpdatedAfter: "2024-01-01T00:00:00Z" })
    expect(res.orders).toHaveLength(3)
    expect(clock.slept.filter((ms) => ms >= 1000)).toEqual([1000, 2000, 4000])
    fake.state.force429(10, "getOrders")
    const err = await client({ maxRetries: 2 })
      .getOrders({ lastUpdatedAfter: "2024-01-01T00:00:00Z" })
      .catch((e) => e)
    expect(err).toBeInstanceOf(AmazonError)
    expect(err).toMatchObject({ status: 429, code: "QuotaExceeded" })
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("paces requests by x-amzn-RateLimit-Limit once the burst is spent", async () => {
    const generated = generateOrders(6, ["A"], { seed: 9 }).map((g: any) => ({
      ...g,
      order: { ...g.order, OrderStatus: "Unshipped" },
    }))
    fake.state.load(generated)
    fake.state.rateLimit.getOrderItems = "2.0"
    const c = client({ rateLimits: { getOrderItems: { rate: 0.5, burst: 1 } } })
    for (const g of generated) await c.getOrderItems(g.order.AmazonOrderId)
    expect(clock.slept).toEqual([500, 500, 500, 500, 500])
    expect(fake.state.counts.throttled).toBe(0)
  })

  it("re-exchanges the token once when Amazon says it expired", async () => {
    fake.state.load(generateOrders(2, ["A"], { seed: 2 }))
    fake.state.rateLimit.getOrders = "1000"
    const c = client()
    await c.getOrders({ lastUpdatedAfter: "2024-01-01T00:00:00Z" })
    fake.state.expireTokens()
    const res = await c.getOrders({ lastUpdatedAfter: "2024-01-01T00:00:00Z" })
    expect(res.orders).toHaveLength(2)
    expect(c.tokens.exchanges).toBe(2)
  })

  it("records an order whose items are gone as a failure and goes on; refuses bad input", async () => {
    const generated = generateOrders(4, ["A"], { seed: 5 }).map((g: any) => ({
      ...g,
      order: { ...g.order, OrderStatus: "Unshipped" },
    }))
    fake.state.load(generated)
    fake.state.items.delete(generated[1].order.AmazonOrderId)
    fake.state.rateLimit = { getOrders: "1000", getOrderItems: "1000" }
    const res = await client().collectOrdersUpdatedSince("2024-01-01T00:00:00Z")
    expect(res.orders).toHaveLength(3)
    expect(res.failures).toMatchObject([
      { external_id: generated[1].order.AmazonOrderId, error: expect.stringMatching(/404/) },
    ])
    await expect(client().getOrders({})).rejects.toThrow(TypeError)
    await expect(client().getOrders({ lastUpdatedAfter: "not a date" })).rejects.toThrow(TypeError)
    const none = await client({ marketplaceIds: ["A1PA6795UKMFR9"] }).collectOrdersUpdatedSince("2024-01-01")
    expect(none).toEqual({ orders: [], failures: [], nextCursor: "2024-01-01T00:00:00.000Z" })
  })

  it("confirms a shipment with Amazon's ConfirmShipmentRequest body and gets 204", async () => {
    const [g] = generateOrders(1, ["A"], { seed: 4 }).map((x: any) => ({
      ...x,
      order: { ...x.order, OrderStatus: "Unshipped" },
    }))
    fake.state.load([g])
    const item = g.items[0]
    const res = await client().confirmShipment({
      orderId: g.order.AmazonOrderId,
      packageReferenceId: 1,
      carrierCode: "UPS",
      shippingMethod: "UPS Ground",
      trackingNumber: " 1Z999AA10123456784 ",
      shipDate: "2025-07-02 09:30:00",
      orderItems: [{ orderItemId: item.OrderItemId, quantity: item.QuantityOrdered }],
    })
    expect(res).toBeUndefined()
    expect(fake.state.shipmentConfirmations).toMatchObject([
      {
        orderId: g.order.AmazonOrderId,
        marketplaceId: US,
        packageDetail: {
          packageReferenceId: "1",
          carrierCode: "UPS",
          shippingMethod: "UPS Ground",
          trackingNumber: "1Z999AA10123456784",
          shipDate: "2025-07-02T09:30:00Z",
          orderItems: [{ orderItemId: item.OrderItemId, quantity: item.QuantityOrdered }],
        },
      },
    ])
    expect(fake.state.shipmentConfirmations[0].packageDetail).not.toHaveProperty("carrierName")
    expect(fake.state.requests.at(-1)).toMatchObject({ operation: "confirmShipment" })
  })

  it("retries a throttled confirmation, never a 5xx one, and refuses bad input before calling", async () => {
    const [g] = generateOrders(1, ["A"], { seed: 6 }).map((x: any) => ({
      ...x,
      order: { ...x.order, OrderStatus: "Unshipped" },
    }))
    fake.state.load([g])
    const input = {
      orderId: g.order.AmazonOrderId,
      packageReferenceId: "2",
      carrierCode: "Others",
      carrierName: "SF Express",
      trackingNumber: "SF1234567890",
      shipDate: "2025-07-02T09:30:00Z",
      orderItems: [{ orderItemId: g.items[0].OrderItemId, quantity: 1 }],
    }
    fake.state.force429(1, "confirmShipment")
    await client().confirmShipment(input)
    expect(fake.state.shipmentConfirmations).toHaveLength(1)
    expect(fake.state.shipmentConfirmations[0].packageDetail.carrierName).toBe("SF Express")
    expect(clock.slept).toContain(1000)

    let calls = 0
    const failing = createAmazonClient({
      endpoint: fake.url,
      lwa: { getAccessToken: async () => "t", invalidate: () => {}, exchanges: 0 } as any,
      marketplaceIds: [US],
      sleep: clock.sleep,
      now: clock.now,
      fetch: (async () => {
        calls++
        return new Response('{"errors":[{"code":"InternalFailure","message":"We encountered an internal error."}]}', {
          status: 500,
        })
      }) as typeof fetch,
    })
    await expect(failing.confirmShipment(input)).rejects.toMatchObject({ status: 500, code: "InternalFailure" })
    expect(calls).toBe(1)

    const unknownItem = await client()
      .confirmShipment({ ...input, orderItems: [{ orderItemId: "nope", quantity: 1 }] })
      .catch((e) => e)
    expect(unknownItem).toBeInstanceOf(AmazonError)
    expect(unknownItem.status).toBe(400)
    const before = fake.state.requests.length
    await expect(client().confirmShipment({ ...input, packageReferenceId: "A1" })).rejects.toThrow(TypeError)
    await expect(client().confirmShipment({ ...input, carrierName: undefined })).rejects.toThrow(/carrierName/)
    await expect(client().confirmShipment({ ...input, orderItems: [] })).rejects.toThrow(TypeError)
    await expect(client().confirmShipment({ ...input, shipDate: "soon" })).rejects.toThrow(TypeError)
    expect(fake.state.requests.length).toBe(before)
  })

  it("imports a 1,000-order backlog without a single 429 when the fake meters for real", async () => {
    fake.state.load(generateOrders(1000, ["A", "B", "C"], { seed: 11 }))
    fake.state.rateLimit = { getOrders: "2000", getOrderItems: "2000" }
    fake.state.enforceRateLimits = true
    try {
      const res = await createAmazonClient({
        endpoint: fake.url,
        lwa: { clientId: "c", clientSecret: "s", refreshToken: "Atzr|r", tokenUrl: fake.tokenUrl },
        marketplaceIds: [US],
        rateLimits: { getOrders: { rate: 2000, burst: 20 }, getOrderItems: { rate: 2000, burst: 30 } },
      }).collectOrdersUpdatedSince("2024-01-01T00:00:00Z")
      expect(res.orders).toHaveLength(1000)
      expect(res.failures).toEqual([])
      expect(fake.state.counts.getOrders).toBe(10)
      expect(fake.state.counts.throttled).toBe(0)
    } finally {
      fake.state.enforceRateLimits = false
    }
  })
})
