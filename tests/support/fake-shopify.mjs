// A local stand-in for a Shopify shop's Admin REST API (2025-07) and its webhook sender. Ids are
// kept as strings in `state` and written as bare JSON numbers, as Shopify does, so ids beyond
// 2^53 reach the client exactly as they would in production. It serves:
//   GET  /admin/api/2025-07/shop.json
//   GET  /admin/api/2025-07/orders.json   status, updated_at_min/max, limit; Link-header paging
//                                         (rel="next"/"previous" with page_info; page_info refuses
//                                         other filters, as Shopify does)
//   GET  /admin/api/2025-07/orders/{id}/fulfillment_orders.json
//   POST /admin/api/2025-07/inventory_levels/set.json   (Idempotency-Key deduplicated)
//   POST /admin/api/2025-07/fulfillments.json           (Idempotency-Key deduplicated)
// Every call needs X-Shopify-Access-Token = state.accessToken. `state.force429(n)` answers the
// next n calls with 429 + Retry-After. `sendWebhook` POSTs a signed orders/* delivery.
import { createHmac, randomUUID } from "node:crypto"
import { appendFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"

export const API_VERSION = "2025-07"
const ID_KEY = /^(?:id|.*_id)$/
const keyOf = (literal) => {
  try {
    return JSON.parse(literal)
  } catch {
    return ""
  }
}

/** JSON with digit-only id strings written as bare numbers (Shopify's wire format). */
export function shopifyJson(value) {
  return JSON.stringify(value).replace(/("(?:[^"\\]|\\.)*")(?::"(0|[1-9]\d*)"(?=[,}]))?/g, (match, key, digits) =>
    digits !== undefined && ID_KEY.test(keyOf(key)) ? `${key}:${digits}` : match,
  )
}

/** JSON.parse that keeps integer ids (any size) as strings. */
export function parseShopifyJsonLoose(text) {
  return JSON.parse(
    text.replace(/("(?:[^"\\]|\\.)*")(?:(\s*:\s*)(-?\d+)(?=\s*[,}]))?/g, (match, key, colon, digits) =>
      digits !== undefined && ID_KEY.test(keyOf(key)) ? `${key}${colon}"${digits}"` : match,
    ),
  )
}

export const signShopifyWebhook = (body, secret) => createHmac("sha256", secret).update(body).digest("base64")

const money = (amount, currency) => ({
  shop_money: { amount, currency_code: currency },
  presentment_money: { amount, currency_code: currency },
})
const cents = (amount) => {
  const [i, f = ""] = String(amount).split(".")
  return BigInt(i) * 100n + BigInt(`${f}00`.slice(0, 2)) * (i.startsWith("-") ? -1n : 1n)
}
const fromCents = (c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`

let nextId = 5_000_000_000_000_000_000n
const newId = () => String(nextId++)

/**
 * A REST Order shaped like Shopify's (the fields Ordo reads, and the usual others), with amounts
 * computed exactly from the lines. `lines: [{ sku, title, quantity, price, discount? }]`.
 */
export function buildShopifyOrder(o = {}) {
  const id = String(o.id ?? newId())
  const currency = o.currency ?? "USD"
  const created = o.created_at ?? "2025-06-02T10:00:00-04:00"
  const lines = (o.lines ?? [{ sku: "SKU-1", title: "Widget", quantity: 1, price: "10.00" }]).map((l, i) => {
    const disc = l.discount ?? "0.00"
    return {
      id: String(l.id ?? newId()),
      admin_graphql_api_id: `gid://shopify/LineItem/${l.id ?? ""}`,
      variant_id: String(l.variant_id ?? 40_000_000 + i),
      product_id: String(l.product_id ?? 30_000_000 + i),
      name: l.name ?? l.title ?? `Item ${i + 1}`,
      title: l.title ?? `Item ${i + 1}`,
      sku: l.sku === undefined ? `SKU-${i + 1}` : l.sku,
      quantity: l.quantity ?? 1,
      current_quantity: l.quantity ?? 1,
      fulfillable_quantity: l.quantity ?? 1,
      price: l.price ?? "10.00",
      price_set: money(l.price ?? "10.00", currency),
      total_discount: "0.00",
      total_discount_set: money("0.00", currency),
      discount_allocations:
        disc === "0.00" ? [] : [{ amount: disc, amount_set: money(disc, currency), discount_application_index: 0 }],
      requires_shipping: true,
      taxable: true,
      fulfillment_status: null,
      tax_lines: [],
    }
  })
  for (const l of lines) l.admin_graphql_api_id = `gid://shopify/LineItem/${l.id}`
  const subtotal = lines.reduce((s, l) => s + cents(l.price) * BigInt(l.quantity), 0n)
  const discounts = lines.reduce((s, l) => s + cents(l.discount_allocations[0]?.amount ?? "0"), 0n)
  const shipping = cents(o.shipping ?? "0.00")
  const tax = cents(o.tax ?? "0.00")
  const total = subtotal - discounts + shipping + tax
  const address = o.shipping_address ?? {
    first_name: "Bob",
    last_name: "Norman",
    company: null,
    address1: "Chestnut Street 92",
    address2: "",
    city: "Louisville",
    province: "Kentucky",
    province_code: "KY",
    zip: "40202",
    country: "United States",
    country_code: "US",
    phone: "+1(502)-459-2181",
    name: "Bob Norman",
  }
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: o.name ?? `#${1000 + Number(BigInt(id) % 100000n)}`,
    order_number: o.order_number ?? 1000 + Number(BigInt(id) % 100000n),
    email: o.email ?? "bob.norman@mail.example.com",
    contact_email: o.email ?? "bob.norman@mail.example.com",
    phone: o.phone ?? null,
    created_at: created,
    processed_at: o.processed_at ?? created,
    updated_at: o.updated_at ?? created,
    cancelled_at: o.cancelled_at ?? null,
    cancel_reason: o.cancelled_at ? (o.cancel_reason ?? "customer") : null,
    closed_at: null,
    currency,
    presentment_currency: currency,
    financial_status: o.financial_status ?? "paid",
    fulfillment_status: o.fulfillment_status ?? null,
    test: false,
    total_line_items_price: fromCents(subtotal),
    total_line_items_price_set: money(fromCents(subtotal), currency),
    subtotal_price: fromCents(subtotal - discounts),
    subtotal_price_set: money(fromCents(subtotal - discounts), currency),
    total_discounts: fromCents(discounts),
    total_discounts_set: money(fromCents(discounts), currency),
    total_shipping_price_set: money(fromCents(shipping), currency),
    total_tax: fromCents(tax),
    total_tax_set: money(fromCents(tax), currency),
    total_price: fromCents(total),
    total_price_set: money(fromCents(total), currency),
    customer: o.customer ?? {
      id: "207119551",
      email: o.email ?? "bob.norman@mail.example.com",
      first_name: "Bob",
      last_name: "Norman",
      phone: null,
      admin_graphql_api_id: "gid://shopify/Customer/207119551",
    },
    billing_address: address,
    shipping_address: address,
    line_items: lines,
    shipping_lines: [
      {
        id: newId(),
        code: "Standard",
        title: "Standard",
        price: fromCents(shipping),
        price_set: money(fromCents(shipping), currency),
        discounted_price: fromCents(shipping),
        is_removed: false,
        discount_allocations: [],
        tax_lines: [],
      },
    ],
    fulfillments: [],
    refunds: [],
  }
}

/** POSTs `order` to `targetUrl` as Shopify delivers an orders/* webhook, signed with `secret`. */
export async function sendShopifyWebhook(targetUrl, topic, order, opts = {}) {
  const body = opts.rawBody ?? shopifyJson(order)
  const webhookId = opts.webhookId ?? randomUUID()
  const headers = {
    "content-type": "application/json",
    "x-shopify-topic": topic,
    "x-shopify-hmac-sha256": opts.hmac ?? signShopifyWebhook(body, opts.secret ?? ""),
    "x-shopify-shop-domain": opts.shopDomain ?? "ordo-test.myshopify.com",
    "x-shopify-api-version": opts.apiVersion ?? API_VERSION,
    "x-shopify-webhook-id": webhookId,
    "x-shopify-triggered-at": opts.triggeredAt ?? new Date().toISOString(),
    ...(opts.eventId ? { "x-shopify-event-id": opts.eventId } : {}),
    ...opts.headers,
  }
  const res = await fetch(targetUrl, { method: "POST", headers, body })
  return { status: res.status, body: await res.text(), webhookId, headers, rawBody: body }
}

export async function startFakeShopify(logPath, port = 0, options = {}) {
  if (logPath) writeFileSync(logPath, "")
  const log = (entry) => logPath && appendFileSync(logPath, `${JSON.stringify(entry)}\n`)
  let throttle = { left: 0, retryAfter: "2.0" }
  let url = ""
  const byKey = new Map()
  const state = {
    accessToken: options.accessToken ?? "shpat_test_token",
    shopDomain: options.shopDomain ?? "ordo-test.myshopify.com",
    shop: {
      id: "548380009",
      name: "Ordo Test Store",
      email: "owner@example.com",
      domain: "shop.example.com",
      myshopify_domain: options.shopDomain ?? "ordo-test.myshopify.com",
      currency: "USD",
      plan_name: "partner_test",
      iana_timezone: "America/New_York",
    },
    /** id → REST order (ids as strings). */
    orders: new Map(),
    /** id → fulfillment order. */
    fulfillmentOrders: new Map(),
    /** Applied inventory sets, one per distinct Idempotency-Key. */
    inventorySets: [],
    /** id "item:location" → available. */
    inventoryLevels: new Map(),
    fulfillments: [],
    /** id → product { id, title, variants: [{ id, sku, inventory_item_id }] }. */
    products: new Map(),
    /** Adds a product whose variants carry these SKUs; returns it (inventory item ids as strings). */
    addProduct(skus, title = "Product") {
      const id = newId()
      const product = {
        id,
        title,
        admin_graphql_api_id: `gid://shopify/Product/${id}`,
        variants: skus.map((sku) => {
          const vid = newId()
          return {
            id: vid,
            product_id: id,
            sku,
            inventory_item_id: newId(),
            admin_graphql_api_id: `gid://shopify/ProductVariant/${vid}`,
          }
        }),
      }
      state.products.set(id, product)
      return product
    },
    requests: [],
    /** Idempotent POSTs answered from the stored response (a repeated key). */
    replays: 0,
    addOrder(order) {
      const o = order.line_items ? order : buildShopifyOrder(order)
      state.orders.set(String(o.id), o)
      if (![...state.fulfillmentOrders.values()].some((fo) => fo.order_id === String(o.id))) {
        const foId = newId()
        state.fulfillmentOrders.set(foId, {
          id: foId,
          order_id: String(o.id),
          assigned_location_id: "655441491",
          status: o.fulfillment_status === "fulfilled" || o.cancelled_at ? "closed" : "open",
          supported_actions: ["create_fulfillment"],
          line_items: o.line_items.map((l) => ({
            id: newId(),
            fulfillment_order_id: foId,
            line_item_id: l.id,
            quantity: l.quantity,
            fulfillable_quantity: l.quantity,
            variant_id: l.variant_id,
          })),
        })
      }
      return o
    },
    addOrders(list) {
      return list.map((o) => state.addOrder(o))
    },
    /** The next `n` API calls answer 429 with this Retry-After (seconds). */
    force429(n, retryAfter = "2.0") {
      throttle = { left: n, retryAfter }
    },
    fulfillmentOrdersOf(orderId) {
      return [...state.fulfillmentOrders.values()].filter((fo) => fo.order_id === String(orderId))
    },
  }

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers })
    res.end(body === undefined ? "" : shopifyJson(body))
  }
  const orderListUrl = (params) => `${url}/admin/api/${API_VERSION}/orders.json?${new URLSearchParams(params)}`

  function listOrders(res, query) {
    const pageInfo = query.get("page_info")
    const limit = Math.min(250, Math.max(1, Number(query.get("limit") ?? 50)))
    let filters
    let offset = 0
    if (pageInfo) {
      const extra = [...query.keys()].filter((k) => !["page_info", "limit", "fields"].includes(k))
      if (extra.length)
        return send(res, 400, { errors: { page_info: [`cannot be combined with ${extra.join(", ")}`] } })
      try {
        ;({ filters, offset } = JSON.parse(Buffer.from(pageInfo, "base64url").toString("utf8")))
      } catch {
        return send(res, 400, { errors: { page_info: ["Invalid value."] } })
      }
    } else {
      filters = Object.fromEntries(
        ["status", "updated_at_min", "updated_at_max", "created_at_min", "created_at_max"]
          .filter((k) => query.has(k))
          .map((k) => [k, query.get(k)]),
      )
    }
    const min = filters.updated_at_min ? Date.parse(filters.updated_at_min) : -Infinity
    const max = filters.updated_at_max ? Date.parse(filters.updated_at_max) : Infinity
    const status = filters.status ?? "open"
    const matching = [...state.orders.values()]
      .filter((o) => {
        const t = Date.parse(o.updated_at)
        if (t < min || t > max) return false
        if (status === "open") return !o.cancelled_at && !o.closed_at
        if (status === "cancelled") return Boolean(o.cancelled_at)
        if (status === "closed") return Boolean(o.closed_at)
        return true
      })
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
    const page = matching.slice(offset, offset + limit)
    const links = []
    const token = (at) => Buffer.from(JSON.stringify({ filters, offset: at })).toString("base64url")
    if (offset + limit < matching.length)
      links.push(`<${orderListUrl({ limit, page_info: token(offset + limit) })}>; rel="next"`)
    if (offset > 0)
      links.push(`<${orderListUrl({ limit, page_info: token(Math.max(0, offset - limit)) })}>; rel="previous"`)
    return send(res, 200, { orders: page }, links.length ? { link: links.join(", ") } : {})
  }

  // GET products.json?limit&fields, paged like orders (page_info alone on later pages).
  function listProducts(res, query) {
    const limit = Math.min(250, Math.max(1, Number(query.get("limit") ?? 50)))
    const pageInfo = query.get("page_info")
    const offset = pageInfo ? Number(Buffer.from(pageInfo, "base64url").toString("utf8")) || 0 : 0
    const all = [...state.products.values()]
    const page = all.slice(offset, offset + limit)
    const next =
      offset + limit < all.length
        ? `<${url}/admin/api/${API_VERSION}/products.json?${new URLSearchParams({ limit, page_info: Buffer.from(String(offset + limit)).toString("base64url") })}>; rel="next"`
        : null
    return send(res, 200, { products: page }, next ? { link: next } : {})
  }

  // GET inventory_levels.json?inventory_item_ids=a,b&location_ids=c
  function listInventoryLevels(res, query) {
    const items = (query.get("inventory_item_ids") ?? "").split(",").filter(Boolean)
    const locations = (query.get("location_ids") ?? "").split(",").filter(Boolean)
    if (!items.length && !locations.length)
      return send(res, 422, { errors: { base: ["inventory_item_ids or location_ids is required"] } })
    const levels = []
    for (const [key, available] of state.inventoryLevels) {
      const [item, location] = key.split(":")
      if ((items.length && !items.includes(item)) || (locations.length && !locations.includes(location))) continue
      levels.push({ inventory_item_id: item, location_id: location, available, updated_at: new Date().toISOString() })
    }
    return send(res, 200, { inventory_levels: levels })
  }

  function idempotent(req, res, compute) {
    const key = req.headers["idempotency-key"]
    if (key && byKey.has(key)) {
      state.replays++
      const [status, body] = byKey.get(key)
      return send(res, status, body)
    }
    const [status, body] = compute(key)
    if (key && status < 300) byKey.set(key, [status, body])
    return send(res, status, body)
  }

  function setInventory(req, res, body) {
    return idempotent(req, res, (key) => {
      const { location_id, inventory_item_id, available } = body ?? {}
      const errors = {}
      if (!location_id) errors.location_id = ["can't be blank"]
      if (!inventory_item_id) errors.inventory_item_id = ["can't be blank"]
      if (!Number.isInteger(available)) errors.available = ["must be an integer"]
      if (Object.keys(errors).length) return [422, { errors }]
      const updated_at = new Date().toISOString()
      state.inventoryLevels.set(`${inventory_item_id}:${location_id}`, available)
      state.inventorySets.push({
        inventory_item_id,
        location_id,
        available,
        idempotencyKey: key ?? null,
        at: updated_at,
      })
      return [
        200,
        {
          inventory_level: {
            inventory_item_id,
            location_id,
            available,
            updated_at,
            admin_graphql_api_id: `gid://shopify/InventoryLevel/${location_id}?inventory_item_id=${inventory_item_id}`,
          },
        },
      ]
    })
  }

  function createFulfillment(req, res, body) {
    return idempotent(req, res, (key) => {
      const f = body?.fulfillment
      const groups = f?.line_items_by_fulfillment_order
      if (!Array.isArray(groups) || !groups.length) {
        return [422, { errors: { line_items_by_fulfillment_order: ["can't be blank"] } }]
      }
      const lines = []
      let orderId
      for (const g of groups) {
        const fo = state.fulfillmentOrders.get(String(g.fulfillment_order_id))
        if (!fo) return [404, { errors: "Not Found" }]
        if (fo.status === "closed") {
          return [422, { errors: [`Fulfillment order ${fo.id} has an unfulfillable status= closed.`] }]
        }
        orderId = fo.order_id
        const wanted =
          g.fulfillment_order_line_items ?? fo.line_items.map((l) => ({ id: l.id, quantity: l.fulfillable_quantity }))
        for (const w of wanted) {
          const l = fo.line_items.find((x) => x.id === String(w.id))
          if (!l || w.quantity > l.fulfillable_quantity)
            return [422, { errors: [`Invalid fulfillment order line item quantity requested.`] }]
          l.fulfillable_quantity -= w.quantity
          const orderLine = state.orders.get(fo.order_id)?.line_items.find((x) => x.id === l.line_item_id) ?? {}
          lines.push({ ...orderLine, quantity: w.quantity })
        }
        fo.status = fo.line_items.every((l) => l.fulfillable_quantity === 0) ? "closed" : "in_progress"
      }
      const order = state.orders.get(orderId)
      const at = new Date().toISOString()
      if (order) {
        order.fulfillment_status = state.fulfillmentOrdersOf(orderId).every((fo) => fo.status === "closed")
          ? "fulfilled"
          : "partial"
        order.updated_at = at
      }
      const tracking = f.tracking_info ?? {}
      const id = newId()
      const fulfillment = {
        id,
        order_id: orderId,
        status: "success",
        created_at: at,
        updated_at: at,
        service: "manual",
        location_id: "655441491",
        shipment_status: null,
        tracking_company: tracking.company ?? null,
        tracking_number: tracking.number ?? null,
        tracking_numbers: tracking.number ? [tracking.number] : [],
        tracking_url: tracking.url ?? null,
        tracking_urls: tracking.url ? [tracking.url] : [],
        line_items: lines,
        name: `${order?.name ?? "#"}.${state.fulfillments.filter((x) => x.order_id === orderId).length + 1}`,
        admin_graphql_api_id: `gid://shopify/Fulfillment/${id}`,
      }
      state.fulfillments.push({
        ...fulfillment,
        notify_customer: f.notify_customer ?? false,
        idempotencyKey: key ?? null,
      })
      if (order) {
        order.fulfillments ??= []
        order.fulfillments.push(fulfillment)
      }
      return [201, { fulfillment }]
    })
  }

  const server = createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const u = new URL(req.url, "http://localhost")
      const entry = {
        method: req.method,
        path: u.pathname,
        query: u.search,
        token: req.headers["x-shopify-access-token"] ?? null,
        idempotencyKey: req.headers["idempotency-key"] ?? null,
        body: raw || undefined,
      }
      state.requests.push(entry)
      log(entry)
      const prefix = `/admin/api/${API_VERSION}/`
      if (!u.pathname.startsWith(prefix)) return send(res, 404, { errors: "Not Found" })
      if (req.headers["x-shopify-access-token"] !== state.accessToken) {
        return send(res, 401, {
          errors: "[API] Invalid API key or access token (unrecognized login or wrong password)",
        })
      }
      if (throttle.left > 0) {
        throttle.left--
        return send(
          res,
          429,
          {
            errors: "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.",
          },
          { "retry-after": throttle.retryAfter, "x-shopify-shop-api-call-limit": "40/40" },
        )
      }
      res.setHeader("x-shopify-shop-api-call-limit", "1/40")
      let body
      try {
        body = raw ? parseShopifyJsonLoose(raw) : undefined
      } catch {
        return send(res, 400, { errors: "Invalid JSON" })
      }
      const path = u.pathname.slice(prefix.length)
      if (req.method === "GET" && path === "shop.json") return send(res, 200, { shop: state.shop })
      if (req.method === "GET" && path === "orders.json") return listOrders(res, u.searchParams)
      const fo = /^orders\/(\d+)\/fulfillment_orders\.json$/.exec(path)
      if (req.method === "GET" && fo) {
        if (!state.orders.has(fo[1])) return send(res, 404, { errors: "Not Found" })
        return send(res, 200, { fulfillment_orders: state.fulfillmentOrdersOf(fo[1]) })
      }
      const one = /^orders\/(\d+)\.json$/.exec(path)
      if (req.method === "GET" && one) {
        const order = state.orders.get(one[1])
        return order ? send(res, 200, { order }) : send(res, 404, { errors: "Not Found" })
      }
      if (req.method === "GET" && path === "products.json") return listProducts(res, u.searchParams)
      if (req.method === "GET" && path === "inventory_levels.json") return listInventoryLevels(res, u.searchParams)
      if (req.method === "POST" && path === "inventory_levels/set.json") return setInventory(req, res, body)
      if (req.method === "POST" && path === "fulfillments.json") return createFulfillment(req, res, body)
      return send(res, 404, { errors: "Not Found" })
    })
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  const actual = server.address().port
  url = `http://127.0.0.1:${actual}`
  return {
    port: actual,
    url,
    apiBase: `${url}/admin/api/${API_VERSION}`,
    state,
    sendWebhook: (targetUrl, topic, order, opts = {}) =>
      sendShopifyWebhook(targetUrl, topic, order, { shopDomain: state.shopDomain, ...opts }),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.()
        server.close(r)
      }),
  }
}
