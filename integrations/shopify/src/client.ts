import { laterOf, toIsoDate } from "./dates"
import { idString, parseShopifyJson, stringifyShopifyJson } from "./json"
import { toMarketplaceOrder } from "./order"
import type { MarketplaceOrder } from "./types"

/** Every failed Admin API call: the HTTP status (0 when no response came) and Shopify's message. */
export class ShopifyError extends Error {
  readonly status: number
  readonly body: unknown
  constructor(status: number, message: string, body?: unknown) {
    super(message)
    this.name = "ShopifyError"
    this.status = status
    this.body = body
  }
}

export type ShopifyClientOptions = {
  /** "acme.myshopify.com" */
  shopDomain: string
  accessToken: string
  apiVersion?: string
  /** Default https://{shopDomain}/admin/api/{apiVersion}; the tests point it at the fake server. */
  baseUrl?: string
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** Retries after a 429 before giving up (default 4). */
  maxRetries?: number
  /** Longest single wait between retries (default 60 s). */
  maxBackoffMs?: number
  timeoutMs?: number
}

export type ShopifyResponse<T> = { status: number; headers: Headers; data: T }

export type ShopifyOrdersPage = {
  orders: MarketplaceOrder[]
  /** Orders of the page that could not be mapped (kept so one bad order never blocks the sync). */
  failures: { external_id?: string; error: string; raw: unknown }[]
  /** The latest updated_at seen so far (or the starting cursor): persist it only when `last`. */
  cursor: string
  last: boolean
}

export type SetInventoryLevelInput = {
  inventory_item_id: string
  location_id: string
  available: number
  /** Sent as the Idempotency-Key header (see README): the same key for a retry of the same change. */
  idempotencyKey: string
}

export type ShopifyInventoryLevel = {
  inventory_item_id: string
  location_id: string
  available: number
  updated_at?: string
}

export type CreateFulfillmentInput = {
  tracking: { number: string; company?: string; url?: string }
  notify_customer?: boolean
  message?: string
  idempotencyKey?: string
} & (
  | {
      /** The fulfillment order to fulfil (all its lines unless `line_items` names some). */
      fulfillment_order_id: string
      line_items?: { id: string; quantity: number }[]
      order_id?: never
    }
  | {
      /** Or: every open fulfillment order of this order, in full. */
      order_id: string
      fulfillment_order_id?: never
      line_items?: never
    }
)

export type ShopifyFulfillment = {
  id: string
  order_id: string
  status: string
  name?: string
  tracking_company: string | null
  tracking_number: string | null
  tracking_url: string | null
}

export type ShopifyFulfillmentOrder = {
  id: string
  order_id: string
  status: string
  supported_actions?: string[]
  line_items: { id: string; line_item_id?: string; quantity: number; fulfillable_quantity?: number }[]
}

/** A Shopify variant as a listing: its SKU and the inventory item its stock is set on. */
export type ShopifyListing = { variant_id: string; product_id: string; sku: string; inventory_item_id: string }

export type ShopifyShop = { id: string; name: string; domain?: string; myshopify_domain?: string; currency?: string }

export type ShopifyConnectionResult = { ok: true; shop: ShopifyShop } | { ok: false; status: number; message: string }

type Obj = Record<string, any>

/** Shopify's `errors` (a string, a list or field → messages) as one readable line. */
function errorMessage(status: number, body: unknown, fallback: string): string {
  const errors = (body as Obj | undefined)?.errors ?? (body as Obj | undefined)?.error
  if (typeof errors === "string") return errors
  if (Array.isArray(errors)) return errors.join("; ")
  if (errors && typeof errors === "object") {
    return Object.entries(errors)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
      .join("; ")
  }
  return fallback || `HTTP ${status}`
}

/** Retry-After in seconds ("2.0") or as an HTTP date, in milliseconds. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** `<https://…?page_info=x>; rel="next", <…>; rel="previous"` → { next: "https://…", … } */
export function parseLinkHeader(value: string | null): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of (value ?? "").matchAll(/<([^>]*)>\s*;\s*rel="?([^",;]+)"?/g)) out[m[2]] = m[1]
  return out
}

const isoNoMillis = (iso: string) => iso.replace(/\.000Z$/, "Z")

export type ShopifyClient = ReturnType<typeof createShopifyClient>

export function createShopifyClient(options: ShopifyClientOptions) {
  const apiVersion = options.apiVersion ?? "2025-07"
  const base = (options.baseUrl ?? `https://${options.shopDomain}/admin/api/${apiVersion}`).replace(/\/+$/, "")
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const maxRetries = options.maxRetries ?? 4
  const maxBackoffMs = options.maxBackoffMs ?? 60_000
  const timeoutMs = options.timeoutMs ?? 30_000

  /** One Admin API call (path relative to /admin/api/{version}/), retrying 429s. */
  async function request<T = Obj>(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<ShopifyResponse<T>> {
    const url = `${base}/${path.replace(/^\/+/, "")}`
    const headers: Record<string, string> = {
      "X-Shopify-Access-Token": options.accessToken,
      Accept: "application/json",
      ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...init.headers,
    }
    const body = init.body === undefined ? undefined : stringifyShopifyJson(init.body)
    for (let attempt = 0; ; attempt++) {
      let res: Response
      try {
        res = await doFetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) })
      } catch (e) {
        throw new ShopifyError(0, `${method} ${path}: ${(e as Error).message}`)
      }
      const raw = await res.text()
      let data: unknown
      try {
        data = raw ? parseShopifyJson(raw) : undefined
      } catch {
        data = raw
      }
      if (res.status === 429 && attempt < maxRetries) {
        const hinted = retryAfterMs(res.headers.get("retry-after"), now())
        await sleep(Math.min(maxBackoffMs, hinted ?? 1000 * 2 ** attempt))
        continue
      }
      if (!res.ok) {
        const message = errorMessage(res.status, data, res.statusText)
        throw new ShopifyError(res.status, `${method} ${path}: ${res.status} ${message}`, data)
      }
      return { status: res.status, headers: res.headers, data: data as T }
    }
  }

  /**
   * Every order updated at or after `cursorIso` (and at or before `until`, default now, so an
   * order changed while paging waits for the next run instead of being skipped), page by page
   * through the Link header's rel="next" page_info. Shopify does not promise an order across
   * pages, so each page's `cursor` is the latest updated_at so far: persist it only from the page
   * with `last: true`. updated_at_min is inclusive: the newest order of a run comes again in the
   * next run (the backend's import is idempotent on external_id + updated_at).
   */
  async function* listOrdersUpdatedSince(
    cursorIso: string,
    opts: { limit?: number; until?: string } = {},
  ): AsyncGenerator<ShopifyOrdersPage> {
    const from = toIsoDate(cursorIso)
    if (!from) throw new TypeError(`Not a date: "${cursorIso}"`)
    const until = toIsoDate(opts.until ?? new Date(now()).toISOString())
    if (!until) throw new TypeError(`Not a date: "${opts.until}"`)
    const limit = Math.min(250, Math.max(1, opts.limit ?? 250))
    let cursor = from
    let path: string | undefined = `orders.json?${new URLSearchParams({
      status: "any",
      updated_at_min: isoNoMillis(from),
      updated_at_max: isoNoMillis(until),
      limit: String(limit),
    })}`
    while (path) {
      const res: ShopifyResponse<{ orders?: Obj[] }> = await request("GET", path)
      const page: ShopifyOrdersPage = { orders: [], failures: [], cursor, last: false }
      for (const raw of res.data?.orders ?? []) {
        try {
          const order = toMarketplaceOrder(raw)
          page.orders.push(order)
          cursor = laterOf(cursor, order.updated_at)!
        } catch (e) {
          page.failures.push({ external_id: idString(raw?.id, raw?.admin_graphql_api_id), error: String(e), raw })
          cursor = laterOf(cursor, toIsoDate(raw?.updated_at))!
        }
      }
      // Only the page_info is taken from the link: the token never goes to another host.
      const next = parseLinkHeader(res.headers.get("link")).next
      const pageInfo = next ? new URL(next, base).searchParams.get("page_info") : null
      path = pageInfo ? `orders.json?${new URLSearchParams({ limit: String(limit), page_info: pageInfo })}` : undefined
      page.cursor = cursor
      page.last = !path
      yield page
    }
  }

  /** All pages at once, with the cursor to persist. */
  async function collectOrdersUpdatedSince(cursorIso: string, opts: { limit?: number; until?: string } = {}) {
    const orders: MarketplaceOrder[] = []
    const failures: ShopifyOrdersPage["failures"] = []
    let nextCursor = toIsoDate(cursorIso) ?? cursorIso
    for await (const page of listOrdersUpdatedSince(cursorIso, opts)) {
      orders.push(...page.orders)
      failures.push(...page.failures)
      nextCursor = page.cursor
    }
    return { orders, failures, nextCursor }
  }

  /**
   * POST inventory_levels/set.json: the absolute available quantity of an item at a location,
   * so a retry cannot double-count. The idempotency key goes in an `Idempotency-Key` header.
   */
  async function setInventoryLevel(input: SetInventoryLevelInput): Promise<ShopifyInventoryLevel> {
    if (!Number.isSafeInteger(input.available)) throw new TypeError(`available must be whole: ${input.available}`)
    if (!input.idempotencyKey) throw new TypeError("setInventoryLevel needs an idempotencyKey")
    const res = await request<{ inventory_level: Obj }>("POST", "inventory_levels/set.json", {
      body: {
        location_id: input.location_id,
        inventory_item_id: input.inventory_item_id,
        available: input.available,
      },
      headers: { "Idempotency-Key": input.idempotencyKey },
    })
    const level = res.data?.inventory_level ?? {}
    return {
      inventory_item_id: idString(level.inventory_item_id) ?? input.inventory_item_id,
      location_id: idString(level.location_id) ?? input.location_id,
      available: Number(level.available ?? input.available),
      ...(level.updated_at ? { updated_at: toIsoDate(level.updated_at) ?? level.updated_at } : {}),
    }
  }

  async function listFulfillmentOrders(orderId: string): Promise<ShopifyFulfillmentOrder[]> {
    const res = await request<{ fulfillment_orders?: Obj[] }>(
      "GET",
      `orders/${encodeURIComponent(orderId)}/fulfillment_orders.json`,
    )
    return (res.data?.fulfillment_orders ?? []).map((fo) => ({
      id: idString(fo.id, fo.admin_graphql_api_id) ?? "",
      order_id: idString(fo.order_id) ?? orderId,
      status: String(fo.status ?? ""),
      ...(Array.isArray(fo.supported_actions) ? { supported_actions: fo.supported_actions.map(String) } : {}),
      line_items: (fo.line_items ?? []).map((l: Obj) => ({
        id: idString(l.id) ?? "",
        ...(l.line_item_id !== undefined ? { line_item_id: idString(l.line_item_id) } : {}),
        quantity: Number(l.quantity),
        ...(l.fulfillable_quantity !== undefined ? { fulfillable_quantity: Number(l.fulfillable_quantity) } : {}),
      })),
    }))
  }

  /**
   * POST fulfillments.json with tracking, shaped as Shopify's own example
   * (line_items_by_fulfillment_order + tracking_info + notify_customer). Given an `order_id`
   * instead of a fulfillment order, fulfils every open fulfillment order of the order in full.
   */
  async function createFulfillment(input: CreateFulfillmentInput): Promise<ShopifyFulfillment> {
    if (!input.tracking?.number) throw new TypeError("createFulfillment needs a tracking number")
    let byFulfillmentOrder: Obj[]
    if (input.fulfillment_order_id) {
      byFulfillmentOrder = [
        {
          fulfillment_order_id: input.fulfillment_order_id,
          ...(input.line_items?.length
            ? { fulfillment_order_line_items: input.line_items.map((l) => ({ id: l.id, quantity: l.quantity })) }
            : {}),
        },
      ]
    } else if (input.order_id) {
      const open = (await listFulfillmentOrders(input.order_id)).filter(
        (fo) =>
          (fo.status === "open" || fo.status === "in_progress") &&
          (!fo.supported_actions || fo.supported_actions.includes("create_fulfillment")),
      )
      if (!open.length) throw new ShopifyError(0, `Order ${input.order_id} has no open fulfillment order`)
      byFulfillmentOrder = open.map((fo) => ({ fulfillment_order_id: fo.id }))
    } else {
      throw new TypeError("createFulfillment needs a fulfillment_order_id or an order_id")
    }
    const tracking_info: Obj = { number: input.tracking.number }
    if (input.tracking.company) tracking_info.company = input.tracking.company
    if (input.tracking.url) tracking_info.url = input.tracking.url
    const res = await request<{ fulfillment: Obj }>("POST", "fulfillments.json", {
      body: {
        fulfillment: {
          ...(input.message ? { message: input.message } : {}),
          notify_customer: input.notify_customer ?? false,
          tracking_info,
          line_items_by_fulfillment_order: byFulfillmentOrder,
        },
      },
      headers: input.idempotencyKey ? { "Idempotency-Key": input.idempotencyKey } : {},
    })
    const f = res.data?.fulfillment ?? {}
    return {
      id: idString(f.id, f.admin_graphql_api_id) ?? "",
      order_id: idString(f.order_id) ?? input.order_id ?? "",
      status: String(f.status ?? ""),
      ...(f.name ? { name: String(f.name) } : {}),
      tracking_company: f.tracking_company ?? null,
      tracking_number: f.tracking_number ?? null,
      tracking_url: f.tracking_url ?? null,
    }
  }

  /**
   * Every variant of the store with a SKU (GET products.json, paged through the Link header):
   * what Ordo's stock is pushed to. Variants without a SKU cannot be matched and are left out.
   */
  async function listListings(opts: { limit?: number } = {}): Promise<ShopifyListing[]> {
    const limit = String(Math.min(250, Math.max(1, opts.limit ?? 250)))
    const out: ShopifyListing[] = []
    let path: string | undefined = `products.json?${new URLSearchParams({ limit, fields: "id,variants" })}`
    while (path) {
      const res: ShopifyResponse<{ products?: Obj[] }> = await request("GET", path)
      for (const p of res.data?.products ?? []) {
        for (const v of (p.variants ?? []) as Obj[]) {
          const sku = typeof v.sku === "string" ? v.sku.trim() : ""
          const item = idString(v.inventory_item_id)
          if (!sku || !item) continue
          out.push({
            variant_id: idString(v.id, v.admin_graphql_api_id) ?? "",
            product_id: idString(p.id, p.admin_graphql_api_id) ?? "",
            sku,
            inventory_item_id: item,
          })
        }
      }
      const next = parseLinkHeader(res.headers.get("link")).next
      const pageInfo = next ? new URL(next, base).searchParams.get("page_info") : null
      path = pageInfo ? `products.json?${new URLSearchParams({ limit, page_info: pageInfo })}` : undefined
    }
    return out
  }

  /** GET inventory_levels.json: what the store shows as available, for reconciliation (≤ 50 items a call). */
  async function getInventoryLevels(inventoryItemIds: string[], locationId: string): Promise<ShopifyInventoryLevel[]> {
    const out: ShopifyInventoryLevel[] = []
    for (let i = 0; i < inventoryItemIds.length; i += 50) {
      const ids = inventoryItemIds.slice(i, i + 50)
      const res = await request<{ inventory_levels?: Obj[] }>(
        "GET",
        `inventory_levels.json?${new URLSearchParams({ inventory_item_ids: ids.join(","), location_ids: locationId, limit: "250" })}`,
      )
      for (const l of res.data?.inventory_levels ?? []) {
        out.push({
          inventory_item_id: idString(l.inventory_item_id) ?? "",
          location_id: idString(l.location_id) ?? locationId,
          available: Number(l.available ?? 0),
          ...(l.updated_at ? { updated_at: toIsoDate(l.updated_at) ?? l.updated_at } : {}),
        })
      }
    }
    return out
  }

  /** GET shop.json: whether the domain and token work, without throwing. */
  async function testConnection(): Promise<ShopifyConnectionResult> {
    try {
      const res = await request<{ shop: Obj }>("GET", "shop.json")
      const s = res.data?.shop ?? {}
      return {
        ok: true,
        shop: {
          id: idString(s.id, s.admin_graphql_api_id) ?? "",
          name: String(s.name ?? ""),
          ...(s.domain ? { domain: String(s.domain) } : {}),
          ...(s.myshopify_domain ? { myshopify_domain: String(s.myshopify_domain) } : {}),
          ...(s.currency ? { currency: String(s.currency).toLowerCase() } : {}),
        },
      }
    } catch (e) {
      if (e instanceof ShopifyError) return { ok: false, status: e.status, message: e.message }
      throw e
    }
  }

  return {
    baseUrl: base,
    request,
    listOrdersUpdatedSince,
    collectOrdersUpdatedSince,
    setInventoryLevel,
    listListings,
    getInventoryLevels,
    listFulfillmentOrders,
    createFulfillment,
    testConnection,
  }
}
