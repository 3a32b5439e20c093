// A local stand-in for Amazon's Selling Partner API (Orders v0) and Login with Amazon:
//   POST /auth/o2/token                          LWA refresh_token exchange (form-encoded)
//   GET  /orders/v0/orders                       MarketplaceIds + LastUpdatedAfter|CreatedAfter,
//                                                MaxResultsPerPage, NextToken paging over a snapshot
//   GET  /orders/v0/orders/{id}/orderItems       NextToken paging
//   POST /orders/v0/orders/{id}/shipmentConfirmation   confirmShipment: validated as ConfirmShipmentRequest,
//                                                204 and recorded in state.shipmentConfirmations
// Every API call needs an x-amz-access-token the fake issued (403 Unauthorized otherwise) and
// answers with x-amzn-RateLimit-Limit (state.rateLimit, Amazon's usage plans by default) and
// x-amzn-RequestId. `state.force429(n)` throttles the next n API calls; with
// `state.enforceRateLimits = true` the fake meters real token buckets and throttles for real.
// For benchmarks: `state.load(generateOrders(10_000, skus))`, and raise `state.rateLimit` (the
// client paces itself by the header, so Amazon's 0.0167/0.5 req/s would take hours).
import { randomBytes, randomUUID } from "node:crypto"
import { createServer } from "node:http"

/** A small seeded PRNG (mulberry32) so generated orders are the same every run. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const amount = (cents) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`
const money = (currency, cents) => ({ CurrencyCode: currency, Amount: amount(cents) })
const spDate = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z")
const FIRST = ["John", "Maria", "Wei", "Aisha", "Lars", "Sofia", "Kenji", "Priya", "Tom", "Ana"]
const LAST = ["Doe", "Garcia", "Zhang", "Khan", "Berg", "Rossi", "Sato", "Patel", "Smith", "Silva"]
const CITIES = [
  ["Canton", "MI", "48817"],
  ["Seattle", "WA", "98101"],
  ["Austin", "TX", "73301"],
  ["Denver", "CO", "80202"],
  ["Boston", "MA", "02108"],
]

/**
 * `n` orders shaped like SP-API Orders v0 (with their items), deterministic for a seed:
 * mostly Unshipped, some Shipped/PartiallyShipped/Canceled, and Pending ones without prices,
 * address lines or buyer (as Amazon withholds them). Money is exact (integer cents).
 * Returns [{ order, items }] sorted by LastUpdateDate.
 */
export function generateOrders(n, skus = ["SKU-1", "SKU-2", "SKU-3"], opts = {}) {
  const rand = prng(opts.seed ?? 42)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
  const marketplaceId = opts.marketplaceId ?? "ATVPDKIKX0DER"
  const currency = opts.currency ?? "USD"
  const start = Date.parse(opts.start ?? "2025-01-01T00:00:00Z")
  const spacing = (opts.spacingSeconds ?? 60) * 1000
  const out = []
  for (let i = 0; i < n; i++) {
    const r = rand()
    const status =
      r < 0.05 ? "Pending" : r < 0.1 ? "Canceled" : r < 0.25 ? "Shipped" : r < 0.3 ? "PartiallyShipped" : "Unshipped"
    const purchase = start + i * spacing
    const id = `${String(111 + (i % 889)).padStart(3, "0")}-${String(int(0, 9_999_999)).padStart(7, "0")}-${String(i).padStart(7, "0")}`
    const pending = status === "Pending"
    const items = []
    let itemsCents = 0
    let shippingCents = 0
    let taxCents = 0
    let promoCents = 0
    const count = int(1, 3)
    for (let k = 0; k < count; k++) {
      const qty = int(1, 5)
      const unit = int(500, 20_000)
      const price = unit * qty
      const tax = Math.round((price * 8) / 100)
      const ship = rand() < 0.5 ? 0 : 499
      const promo = rand() < 0.1 ? Math.min(price, 100 * int(1, 5)) : 0
      const item = {
        ASIN: `B0${String(int(0, 99_999_999)).padStart(8, "0")}`,
        OrderItemId: String(10_000_000_000_000 + i * 10 + k),
        SellerSKU: pick(skus),
        Title: `Generated item ${k + 1}`,
        QuantityOrdered: qty,
        QuantityShipped: status === "Shipped" ? qty : 0,
        ProductInfo: { NumberOfItems: "1" },
        IsGift: "false",
        IsTransparency: false,
      }
      if (!pending) {
        Object.assign(item, {
          ItemPrice: money(currency, price),
          ItemTax: money(currency, tax),
          ShippingPrice: money(currency, ship),
          ShippingTax: money(currency, 0),
          ShippingDiscount: money(currency, 0),
          ShippingDiscountTax: money(currency, 0),
          PromotionDiscount: money(currency, promo),
          PromotionDiscountTax: money(currency, 0),
          ...(promo ? { PromotionIds: ["ORDO-PROMO"] } : {}),
        })
        itemsCents += price
        shippingCents += ship
        taxCents += tax
        promoCents += promo
      }
      items.push(item)
    }
    const [city, region, zip] = pick(CITIES)
    const name = `${pick(FIRST)} ${pick(LAST)}`
    const order = {
      AmazonOrderId: id,
      PurchaseDate: spDate(purchase),
      LastUpdateDate: spDate(purchase + int(0, 3600) * 1000),
      OrderStatus: status,
      FulfillmentChannel: "MFN",
      SalesChannel: "Amazon.com",
      ShipServiceLevel: "Std US D2D Dom",
      NumberOfItemsShipped: items.reduce((s, it) => s + it.QuantityShipped, 0),
      NumberOfItemsUnshipped: items.reduce((s, it) => s + it.QuantityOrdered - it.QuantityShipped, 0),
      PaymentMethod: "Other",
      PaymentMethodDetails: ["Standard"],
      MarketplaceId: marketplaceId,
      ShipmentServiceLevelCategory: "Standard",
      OrderType: "StandardOrder",
      EarliestShipDate: spDate(purchase + 86_400_000),
      LatestShipDate: spDate(purchase + 3 * 86_400_000),
      IsBusinessOrder: rand() < 0.2,
      IsPrime: false,
      IsPremiumOrder: false,
      IsGlobalExpressEnabled: false,
      IsReplacementOrder: "false",
      IsSoldByAB: false,
      IsISPU: false,
      IsAccessPointOrder: false,
      ShippingAddress: pending
        ? { City: city, StateOrRegion: region, PostalCode: zip, CountryCode: "US" }
        : {
            Name: name,
            AddressLine1: `${int(1, 999)} Main St.`,
            City: city,
            StateOrRegion: region,
            PostalCode: zip,
            CountryCode: "US",
            AddressType: "Residential",
          },
      ...(pending
        ? {}
        : {
            OrderTotal: money(currency, itemsCents + shippingCents + taxCents - promoCents),
            BuyerInfo: { BuyerEmail: `${randomHex(rand)}@marketplace.amazon.com`, BuyerName: name },
          }),
    }
    out.push({ order, items })
  }
  return out.sort((a, b) => (a.order.LastUpdateDate < b.order.LastUpdateDate ? -1 : 1))
}

function randomHex(rand) {
  return Array.from({ length: 16 }, () => Math.floor(rand() * 16).toString(16)).join("")
}

const OPERATIONS = ["getOrders", "getOrderItems", "patchListingsItem", "confirmShipment"]

export async function startFakeAmazon(port = 0, options = {}) {
  const buckets = {}
  let throttle = { left: 0, operation: undefined }
  const snapshots = new Map()
  let sorted = null
  const state = {
    /** When set, the token exchange refuses other credentials. */
    lwa: options.lwa ?? null,
    tokenTtl: 3600,
    tokensIssued: 0,
    validTokens: new Set(),
    expiredTokens: new Set(),
    /** x-amzn-RateLimit-Limit per operation (requests per second, as a string). */
    rateLimit: {
      getOrders: "0.0167",
      getOrderItems: "0.5",
      patchListingsItem: "5",
      confirmShipment: "2",
      ...options.rateLimit,
    },
    burst: { getOrders: 20, getOrderItems: 30, patchListingsItem: 10, confirmShipment: 10, ...options.burst },
    /** "sellerId/sku" → quantity offered, as set by PATCH listings (fulfillment_availability). */
    listingQuantities: new Map(),
    listingPatches: [],
    /** Every accepted confirmShipment: { orderId, marketplaceId, packageDetail, at }. */
    shipmentConfirmations: [],
    enforceRateLimits: options.enforceRateLimits ?? false,
    pageSize: options.pageSize ?? 100,
    itemsPageSize: options.itemsPageSize ?? 100,
    /** AmazonOrderId → order; items by AmazonOrderId. */
    orders: new Map(),
    items: new Map(),
    counts: { token: 0, getOrders: 0, getOrderItems: 0, patchListingsItem: 0, confirmShipment: 0, throttled: 0 },
    /** Every API call (not the token exchange), when logRequests. */
    requests: [],
    logRequests: options.logRequests ?? true,
    addOrder(order, items = []) {
      state.orders.set(order.AmazonOrderId, order)
      state.items.set(order.AmazonOrderId, items)
      sorted = null
      return order
    },
    /** [{ order, items }] as generateOrders makes them. */
    load(list) {
      for (const { order, items } of list) state.addOrder(order, items)
    },
    clear() {
      state.orders.clear()
      state.items.clear()
      snapshots.clear()
      sorted = null
      state.requests.length = 0
      state.shipmentConfirmations.length = 0
      for (const k of Object.keys(state.counts)) state.counts[k] = 0
    },
    /** The next n API calls (of one operation, or any) answer 429 QuotaExceeded. */
    force429(n, operation) {
      throttle = { left: n, operation }
    },
    /** Every token issued so far now answers 403 "expired". */
    expireTokens() {
      for (const t of state.validTokens) state.expiredTokens.add(t)
      state.validTokens.clear()
    },
  }

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { "content-type": "application/json", "x-amzn-requestid": randomUUID(), ...headers })
    res.end(JSON.stringify(body))
  }
  const errors = (code, message, details = "") => ({ errors: [{ code, message, details }] })

  function ordered() {
    if (!sorted) {
      sorted = [...state.orders.values()]
        .map((o) => ({ o, t: Date.parse(o.LastUpdateDate), c: Date.parse(o.PurchaseDate) }))
        .sort((a, b) => a.t - b.t || (a.o.AmazonOrderId < b.o.AmazonOrderId ? -1 : 1))
    }
    return sorted
  }

  function overBudget(operation) {
    if (throttle.left > 0 && (!throttle.operation || throttle.operation === operation)) {
      throttle.left--
      return true
    }
    if (!state.enforceRateLimits) return false
    const rate = Number(state.rateLimit[operation])
    buckets[operation] ??= { tokens: state.burst[operation], at: Date.now() }
    const b = buckets[operation]
    const now = Date.now()
    b.tokens = Math.min(state.burst[operation], b.tokens + ((now - b.at) / 1000) * rate)
    b.at = now
    if (b.tokens < 1) return true
    b.tokens -= 1
    return false
  }

  function getOrders(res, q, headers) {
    const ids = (q.get("MarketplaceIds") ?? "").split(",").filter(Boolean)
    if (!ids.length) return send(res, 400, errors("InvalidInput", "Missing required parameter MarketplaceIds"), headers)
    const token = q.get("NextToken")
    let snap
    if (token) {
      snap = snapshots.get(token)
      if (!snap) return send(res, 400, errors("InvalidInput", "Invalid NextToken"), headers)
      snapshots.delete(token)
    } else {
      const after = q.get("LastUpdatedAfter")
      const created = q.get("CreatedAfter")
      if (!after && !created) {
        return send(
          res,
          400,
          errors("InvalidInput", "Either the CreatedAfter parameter or the LastUpdatedAfter parameter is required."),
          headers,
        )
      }
      if (after && created) {
        return send(
          res,
          400,
          errors("InvalidInput", "LastUpdatedAfter cannot be set when CreatedAfter is set."),
          headers,
        )
      }
      const bound = (name) => {
        const v = q.get(name)
        return v ? Date.parse(v) : undefined
      }
      const [ua, ub, ca, cb] = ["LastUpdatedAfter", "LastUpdatedBefore", "CreatedAfter", "CreatedBefore"].map(bound)
      if ([ua, ub, ca, cb].some((v) => v !== undefined && Number.isNaN(v))) {
        return send(res, 400, errors("InvalidInput", "Invalid date"), headers)
      }
      const statuses = (q.get("OrderStatuses") ?? "").split(",").filter(Boolean)
      const list = ordered()
        .filter(
          ({ o, t, c }) =>
            ids.includes(o.MarketplaceId) &&
            (ua === undefined || t >= ua) &&
            (ub === undefined || t <= ub) &&
            (ca === undefined || c >= ca) &&
            (cb === undefined || c <= cb) &&
            (!statuses.length || statuses.includes(o.OrderStatus)),
        )
        .map(({ o }) => o)
      const size = Math.min(100, Math.max(1, Number(q.get("MaxResultsPerPage") ?? state.pageSize)))
      snap = { list, offset: 0, size }
    }
    const page = snap.list.slice(snap.offset, snap.offset + snap.size)
    const payload = { Orders: page }
    if (snap.offset + snap.size < snap.list.length) {
      const next = randomBytes(24).toString("base64")
      snapshots.set(next, { ...snap, offset: snap.offset + snap.size })
      payload.NextToken = next
    }
    return send(res, 200, { payload }, headers)
  }

  function getOrderItems(res, orderId, q, headers) {
    const items = state.items.get(orderId)
    if (!state.orders.has(orderId) || !items) return send(res, 404, errors("NotFound", "Order not found"), headers)
    let offset = 0
    const token = q.get("NextToken")
    if (token) {
      const [id, at] = Buffer.from(token, "base64").toString("utf8").split(":")
      if (id !== orderId) return send(res, 400, errors("InvalidInput", "Invalid NextToken"), headers)
      offset = Number(at)
    }
    const payload = { AmazonOrderId: orderId, OrderItems: items.slice(offset, offset + state.itemsPageSize) }
    if (offset + state.itemsPageSize < items.length) {
      payload.NextToken = Buffer.from(`${orderId}:${offset + state.itemsPageSize}`).toString("base64")
    }
    return send(res, 200, { payload }, headers)
  }

  function token(res, raw, req) {
    state.counts.token++
    const form = new URLSearchParams(raw)
    if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      return send(res, 400, { error: "invalid_request", error_description: "Content-Type must be form-encoded" })
    }
    if (form.get("grant_type") !== "refresh_token") {
      return send(res, 400, { error: "unsupported_grant_type", error_description: "Only refresh_token is supported" })
    }
    const missing = ["refresh_token", "client_id", "client_secret"].filter((k) => !form.get(k))
    if (missing.length) {
      return send(res, 400, { error: "invalid_request", error_description: `Missing ${missing.join(", ")}` })
    }
    if (state.lwa) {
      if (form.get("client_id") !== state.lwa.clientId || form.get("client_secret") !== state.lwa.clientSecret) {
        return send(res, 401, { error: "invalid_client", error_description: "Client authentication failed" })
      }
      if (form.get("refresh_token") !== state.lwa.refreshToken) {
        return send(res, 400, {
          error: "invalid_grant",
          error_description: "The request has an invalid grant parameter : refresh_token",
        })
      }
    }
    const access = `Atza|fake-${++state.tokensIssued}-${randomBytes(6).toString("hex")}`
    state.validTokens.add(access)
    return send(res, 200, { access_token: access, token_type: "bearer", expires_in: state.tokenTtl })
  }

  // PATCH listings: fulfillment_availability replaced → ACCEPTED; anything else → INVALID with an issue.
  function patchListing(res, sellerId, sku, raw, headers) {
    let body
    try {
      body = JSON.parse(raw || "{}")
    } catch {
      return send(res, 400, errors("InvalidInput", "Request body is not valid JSON."), headers)
    }
    const patch = (body.patches ?? []).find((p) => p.path === "/attributes/fulfillment_availability")
    const quantity = patch?.value?.[0]?.quantity
    if (!body.productType || !patch || !Number.isInteger(quantity) || quantity < 0) {
      return send(
        res,
        200,
        {
          sku,
          status: "INVALID",
          submissionId: randomBytes(8).toString("hex"),
          issues: [{ code: "90220", message: "fulfillment_availability is required", severity: "ERROR" }],
        },
        headers,
      )
    }
    state.listingQuantities.set(`${sellerId}/${sku}`, quantity)
    state.listingPatches.push({ sellerId, sku, quantity, at: Date.now() })
    return send(
      res,
      200,
      { sku, status: "ACCEPTED", submissionId: randomBytes(8).toString("hex"), issues: [] },
      headers,
    )
  }

  // confirmShipment: the request checked against ConfirmShipmentRequest / PackageDetail (ordersV0.json).
  // The order's status is left as it is (Amazon moves it to Shipped on its own time).
  function confirmShipment(res, orderId, raw, headers) {
    let body
    try {
      body = JSON.parse(raw || "{}")
    } catch {
      return send(res, 400, errors("InvalidInput", "Request body is not valid JSON."), headers)
    }
    if (!state.orders.has(orderId)) return send(res, 404, errors("NotFound", "Order not found"), headers)
    const p = body.packageDetail ?? {}
    const problems = []
    if (!body.marketplaceId) problems.push("Missing request parameter: marketplaceId.")
    if (!/^[1-9]\d*$/.test(String(p.packageReferenceId ?? ""))) problems.push("Invalid packageReferenceId.")
    for (const f of ["carrierCode", "trackingNumber", "shipDate"])
      if (!p[f]) problems.push(`Missing request parameter: ${f}.`)
    if (p.carrierCode === "Others" && !p.carrierName)
      problems.push("carrierName is required when carrierCode is Others.")
    if (p.shipDate && Number.isNaN(Date.parse(p.shipDate))) problems.push("Invalid shipDate.")
    const known = new Set((state.items.get(orderId) ?? []).map((i) => i.OrderItemId))
    if (!Array.isArray(p.orderItems) || !p.orderItems.length) problems.push("Missing request parameter: orderItems.")
    for (const i of p.orderItems ?? []) {
      if (!known.has(i.orderItemId)) problems.push(`Invalid orderItemId ${i.orderItemId}.`)
      if (!Number.isInteger(i.quantity) || i.quantity < 1) problems.push(`Invalid quantity for ${i.orderItemId}.`)
    }
    if (problems.length) {
      return send(res, 400, { errors: problems.map((message) => ({ code: "InvalidInput", message })) }, headers)
    }
    state.shipmentConfirmations.push({ orderId, marketplaceId: body.marketplaceId, packageDetail: p, at: Date.now() })
    res.writeHead(204, { "x-amzn-requestid": randomUUID(), ...headers })
    return res.end()
  }

  const server = createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const u = new URL(req.url, "http://localhost")
      if (req.method === "POST" && u.pathname === "/auth/o2/token") return token(res, raw, req)
      const items = /^\/orders\/v0\/orders\/([^/]+)\/orderItems$/.exec(u.pathname)
      const listing = /^\/listings\/2021-08-01\/items\/([^/]+)\/([^/]+)$/.exec(u.pathname)
      const confirmation = /^\/orders\/v0\/orders\/([^/]+)\/shipmentConfirmation$/.exec(u.pathname)
      const operation =
        req.method === "GET" && u.pathname === "/orders/v0/orders"
          ? "getOrders"
          : req.method === "GET" && items
            ? "getOrderItems"
            : req.method === "PATCH" && listing
              ? "patchListingsItem"
              : req.method === "POST" && confirmation
                ? "confirmShipment"
                : null
      if (!operation) return send(res, 404, errors("NotFound", "Resource not found"))
      if (state.logRequests) {
        state.requests.push({ operation, path: u.pathname, query: u.search, at: Date.now() })
      }
      const access = req.headers["x-amz-access-token"]
      if (!access || !state.validTokens.has(access)) {
        const details = state.expiredTokens.has(access)
          ? "The access token you provided has expired."
          : "The access token you provided is revoked, malformed or invalid."
        return send(res, 403, errors("Unauthorized", "Access to requested resource is denied.", details))
      }
      // A test that replaced state.rateLimit without this operation gets no header (not a crash).
      const limit = state.rateLimit[operation]
      const headers = limit ? { "x-amzn-ratelimit-limit": limit } : {}
      if (overBudget(operation)) {
        state.counts.throttled++
        return send(res, 429, errors("QuotaExceeded", "You exceeded your quota for the requested resource."), headers)
      }
      state.counts[operation]++
      if (operation === "getOrders") return getOrders(res, u.searchParams, headers)
      if (operation === "confirmShipment")
        return confirmShipment(res, decodeURIComponent(confirmation[1]), raw, headers)
      if (operation === "patchListingsItem")
        return patchListing(res, decodeURIComponent(listing[1]), decodeURIComponent(listing[2]), raw, headers)
      return getOrderItems(res, decodeURIComponent(items[1]), u.searchParams, headers)
    })
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  const actual = server.address().port
  const url = `http://127.0.0.1:${actual}`
  return {
    port: actual,
    url,
    tokenUrl: `${url}/auth/o2/token`,
    state,
    operations: OPERATIONS,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.()
        server.close(r)
      }),
  }
}
