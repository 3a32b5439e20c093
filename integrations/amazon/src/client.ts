import { laterOf, toIsoDate } from "./dates"
import { createLwaTokenProvider, isLwaTokenProvider, type LwaOptions, type LwaTokenProvider } from "./lwa"
import { AmazonMappingError, type AmazonOrder, type AmazonOrderItem, amazonStatus, toMarketplaceOrder } from "./order"
import { RateLimiter } from "./rate-limit"
import type { MarketplaceOrder } from "./types"

/** A failed SP-API call: HTTP status (0 without a response), Amazon's error code and request id. */
export class AmazonError extends Error {
  readonly status: number
  readonly code?: string
  readonly requestId?: string
  readonly body: unknown
  constructor(status: number, message: string, opts: { code?: string; requestId?: string; body?: unknown } = {}) {
    super(message)
    this.name = "AmazonError"
    this.status = status
    this.code = opts.code
    this.requestId = opts.requestId
    this.body = opts.body
  }
}

export type AmazonOperation = "getOrders" | "getOrderItems" | "patchListingsItem" | "confirmShipment"

/** Amazon's published usage plans (Orders v0): requests per second and burst. */
export const DEFAULT_RATE_LIMITS: Record<AmazonOperation, { rate: number; burst: number }> = {
  getOrders: { rate: 0.0167, burst: 20 },
  getOrderItems: { rate: 0.5, burst: 30 },
  patchListingsItem: { rate: 5, burst: 10 },
  confirmShipment: { rate: 2, burst: 10 },
}

export type AmazonClientOptions = {
  /** Regional host, e.g. https://sellingpartnerapi-na.amazon.com (the tests: the fake server). */
  endpoint: string
  /** LWA credentials (exchanged and cached here) or a shared token provider. */
  lwa: LwaOptions | LwaTokenProvider
  marketplaceIds: string[]
  fetch?: typeof fetch
  /** Injectable so tests never wait; default setTimeout. */
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** Retries after a 429 or 5xx (default 5). */
  maxRetries?: number
  /** First backoff after a 429/5xx, doubled each time (default 1 s), capped at maxBackoffMs (60 s). */
  baseBackoffMs?: number
  maxBackoffMs?: number
  /** Starting rate and burst per operation until a response's x-amzn-RateLimit-Limit says otherwise. */
  rateLimits?: Partial<Record<AmazonOperation, { rate: number; burst: number }>>
  timeoutMs?: number
  userAgent?: string
}

export type GetOrdersInput = {
  lastUpdatedAfter?: string
  lastUpdatedBefore?: string
  createdAfter?: string
  nextToken?: string
  maxResultsPerPage?: number
  orderStatuses?: string[]
}

export type GetOrdersResult = {
  orders: AmazonOrder[]
  nextToken?: string
  lastUpdatedBefore?: string
  createdBefore?: string
}

/**
 * One package of a seller-fulfilled order, as Orders v0 `confirmShipment` takes it
 * (ConfirmShipmentRequest / PackageDetail in models/orders-api-model/ordersV0.json).
 */
export type ConfirmShipmentInput = {
  orderId: string
  /** Default: the client's first marketplace. */
  marketplaceId?: string
  /** Seller-chosen, unique within the order; Amazon takes positive numbers only ("1", "2", …). */
  packageReferenceId: string | number
  /** Amazon's CarrierCode ("USPS", "UPS", "FedEx", "DHL", …, or "Others" with carrierName). */
  carrierCode: string
  carrierName?: string
  shippingMethod?: string
  trackingNumber: string
  /** When the package left, any date Ordo reads; sent as ISO 8601 UTC. */
  shipDate: string
  orderItems: { orderItemId: string; quantity: number }[]
  shipFromSupplySourceId?: string
}

export type AmazonOrdersPage = {
  orders: MarketplaceOrder[]
  /** Orders of the page that could not be mapped (one bad order never blocks the sync). */
  failures: { external_id?: string; error: string; raw: unknown }[]
  /** The latest LastUpdateDate seen so far (or the starting cursor): persist it only when `last`. */
  cursor: string
  last: boolean
}

type Obj = Record<string, any>

/** SP-API dates without milliseconds ("2025-07-01T10:00:00Z"). */
const spDate = (value: string, field: string) => {
  const iso = toIsoDate(value)
  if (!iso) throw new TypeError(`${field}: not a date: "${value}"`)
  return iso.replace(/\.000Z$/, "Z")
}

export type AmazonClient = ReturnType<typeof createAmazonClient>

export function createAmazonClient(options: AmazonClientOptions) {
  const endpoint = options.endpoint.replace(/\/+$/, "")
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const maxRetries = options.maxRetries ?? 5
  const baseBackoffMs = options.baseBackoffMs ?? 1000
  const maxBackoffMs = options.maxBackoffMs ?? 60_000
  const tokens = isLwaTokenProvider(options.lwa)
    ? options.lwa
    : createLwaTokenProvider({ fetch: doFetch, now, ...options.lwa })
  if (!options.marketplaceIds.length) throw new TypeError("createAmazonClient needs at least one marketplace id")
  const limiters = Object.fromEntries(
    (Object.keys(DEFAULT_RATE_LIMITS) as AmazonOperation[]).map((op) => {
      const { rate, burst } = { ...DEFAULT_RATE_LIMITS[op], ...options.rateLimits?.[op] }
      return [op, new RateLimiter(rate, burst, now)]
    }),
  ) as Record<AmazonOperation, RateLimiter>

  /**
   * One call, paced by the operation's bucket, retried with exponential backoff after a 429 or
   * a 5xx (bounded; `retryServerErrors: false` for a write a 5xx may have applied), and once
   * with a fresh token after a 401/403.
   */
  async function request<T = Obj>(
    operation: AmazonOperation,
    path: string,
    query: [string, string][],
    init: { method?: "GET" | "PATCH" | "POST"; body?: unknown; retryServerErrors?: boolean } = {},
  ): Promise<{ data: T; headers: Headers }> {
    const qs = query.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ",")}`).join("&")
    const url = `${endpoint}${path}${qs ? `?${qs}` : ""}`
    const limiter = limiters[operation]
    let refreshed = false
    for (let attempt = 0; ; attempt++) {
      const wait = limiter.reserve()
      if (wait > 0) await sleep(wait)
      const token = await tokens.getAccessToken()
      let res: Response
      try {
        res = await doFetch(url, {
          method: init.method ?? "GET",
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          headers: {
            "x-amz-access-token": token,
            Accept: "application/json",
            ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
            "User-Agent": options.userAgent ?? "ordo-amazon/0.1 (Language=JavaScript)",
          },
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        })
      } catch (e) {
        throw new AmazonError(0, `${operation}: ${(e as Error).message}`)
      }
      limiter.setRate(res.headers.get("x-amzn-ratelimit-limit"))
      const text = await res.text()
      let data: Obj | undefined
      try {
        data = text ? JSON.parse(text) : undefined
      } catch {
        data = undefined
      }
      if (res.ok) return { data: data as T, headers: res.headers }
      const retryable = res.status === 429 || (res.status >= 500 && init.retryServerErrors !== false)
      if (res.status === 429) limiter.drain()
      if (retryable && attempt < maxRetries) {
        const hinted = Number(res.headers.get("retry-after"))
        const backoff = Math.min(maxBackoffMs, baseBackoffMs * 2 ** attempt)
        await sleep(Number.isFinite(hinted) && hinted > 0 ? Math.max(backoff, hinted * 1000) : backoff)
        continue
      }
      if ((res.status === 401 || res.status === 403) && !refreshed) {
        refreshed = true
        tokens.invalidate()
        continue
      }
      const first = Array.isArray(data?.errors) ? data.errors[0] : undefined
      const message = [first?.message, first?.details].filter(Boolean).join(" ") || res.statusText || "failed"
      throw new AmazonError(res.status, `${operation}: ${res.status} ${message}`, {
        code: first?.code,
        requestId: res.headers.get("x-amzn-requestid") ?? undefined,
        body: data ?? text,
      })
    }
  }

  /**
   * GET /orders/v0/orders for the client's marketplaces. With a nextToken the same filters are
   * sent again (Amazon: "NextToken doesn't affect any filters"). Dates go without milliseconds.
   */
  async function getOrders(input: GetOrdersInput): Promise<GetOrdersResult> {
    if (!input.lastUpdatedAfter && !input.createdAfter) {
      throw new TypeError("getOrders needs lastUpdatedAfter or createdAfter")
    }
    const query: [string, string][] = [["MarketplaceIds", options.marketplaceIds.join(",")]]
    if (input.lastUpdatedAfter) query.push(["LastUpdatedAfter", spDate(input.lastUpdatedAfter, "lastUpdatedAfter")])
    if (input.lastUpdatedBefore) query.push(["LastUpdatedBefore", spDate(input.lastUpdatedBefore, "lastUpdatedBefore")])
    if (input.createdAfter) query.push(["CreatedAfter", spDate(input.createdAfter, "createdAfter")])
    if (input.orderStatuses?.length) query.push(["OrderStatuses", input.orderStatuses.join(",")])
    if (input.maxResultsPerPage) query.push(["MaxResultsPerPage", String(input.maxResultsPerPage)])
    if (input.nextToken) query.push(["NextToken", input.nextToken])
    const { data } = await request<{ payload?: Obj }>("getOrders", "/orders/v0/orders", query)
    const p = data?.payload ?? {}
    const out: GetOrdersResult = { orders: Array.isArray(p.Orders) ? p.Orders : [] }
    if (p.NextToken) out.nextToken = String(p.NextToken)
    if (p.LastUpdatedBefore) out.lastUpdatedBefore = String(p.LastUpdatedBefore)
    if (p.CreatedBefore) out.createdBefore = String(p.CreatedBefore)
    return out
  }

  /**
   * PATCH /listings/2021-08-01/items/{sellerId}/{sku}: the quantity a seller-fulfilled listing
   * offers, replaced (absolute, so a retry cannot double-count). Amazon answers ACCEPTED and
   * applies it asynchronously; INVALID comes back with its issues.
   */
  async function setListingQuantity(input: { sellerId: string; sku: string; quantity: number; productType?: string }) {
    if (!Number.isSafeInteger(input.quantity) || input.quantity < 0)
      throw new TypeError(`quantity must be a whole number ≥ 0: ${input.quantity}`)
    const { data } = await request<{ sku?: string; status?: string; submissionId?: string; issues?: Obj[] }>(
      "patchListingsItem",
      `/listings/2021-08-01/items/${encodeURIComponent(input.sellerId)}/${encodeURIComponent(input.sku)}`,
      [["marketplaceIds", options.marketplaceIds.join(",")]],
      {
        method: "PATCH",
        body: {
          productType: input.productType ?? "PRODUCT",
          patches: [
            {
              op: "replace",
              path: "/attributes/fulfillment_availability",
              value: [{ fulfillment_channel_code: "DEFAULT", quantity: input.quantity }],
            },
          ],
        },
      },
    )
    if (data?.status && data.status !== "ACCEPTED") {
      const issue = data.issues?.[0]
      throw new AmazonError(400, `patchListingsItem: ${data.status} ${issue?.message ?? ""}`.trim(), {
        code: issue?.code,
        body: data,
      })
    }
    return { sku: data?.sku ?? input.sku, status: data?.status ?? "ACCEPTED", submissionId: data?.submissionId }
  }

  /**
   * POST /orders/v0/orders/{orderId}/shipmentConfirmation: tells Amazon one package of a
   * seller-fulfilled order shipped, with its carrier and tracking number (204 on success).
   * A 429 is retried (Amazon did not take it); a 5xx is not, since the confirmation may have
   * been recorded and a repeat would confirm the package twice: the caller decides.
   */
  async function confirmShipment(input: ConfirmShipmentInput): Promise<void> {
    const ref = String(input.packageReferenceId).trim()
    if (!/^[1-9]\d*$/.test(ref)) throw new TypeError(`packageReferenceId must be a positive number: "${ref}"`)
    if (!input.orderId?.trim()) throw new TypeError("confirmShipment needs an orderId")
    if (!input.carrierCode?.trim()) throw new TypeError("confirmShipment needs a carrierCode")
    if (input.carrierCode === "Others" && !input.carrierName?.trim())
      throw new TypeError('confirmShipment needs a carrierName when carrierCode is "Others"')
    if (!input.trackingNumber?.trim()) throw new TypeError("confirmShipment needs a trackingNumber")
    if (!input.orderItems?.length) throw new TypeError("confirmShipment needs at least one order item")
    for (const item of input.orderItems) {
      if (!item.orderItemId || !Number.isSafeInteger(item.quantity) || item.quantity < 1)
        throw new TypeError(`order item ${item.orderItemId}: quantity must be a whole number ≥ 1: ${item.quantity}`)
    }
    const packageDetail: Obj = {
      packageReferenceId: ref,
      carrierCode: input.carrierCode.trim(),
      ...(input.carrierName?.trim() ? { carrierName: input.carrierName.trim() } : {}),
      ...(input.shippingMethod?.trim() ? { shippingMethod: input.shippingMethod.trim() } : {}),
      trackingNumber: input.trackingNumber.trim(),
      shipDate: spDate(input.shipDate, "shipDate"),
      ...(input.shipFromSupplySourceId ? { shipFromSupplySourceId: input.shipFromSupplySourceId } : {}),
      orderItems: input.orderItems.map((i) => ({ orderItemId: String(i.orderItemId), quantity: i.quantity })),
    }
    await request(
      "confirmShipment",
      `/orders/v0/orders/${encodeURIComponent(input.orderId.trim())}/shipmentConfirmation`,
      [],
      {
        method: "POST",
        body: { marketplaceId: input.marketplaceId ?? options.marketplaceIds[0], packageDetail },
        retryServerErrors: false,
      },
    )
  }

  /** GET /orders/v0/orders/{orderId}/orderItems: one page. */
  async function getOrderItems(orderId: string, nextToken?: string) {
    const { data } = await request<{ payload?: Obj }>(
      "getOrderItems",
      `/orders/v0/orders/${encodeURIComponent(orderId)}/orderItems`,
      nextToken ? [["NextToken", nextToken]] : [],
    )
    const p = data?.payload ?? {}
    return {
      orderItems: (Array.isArray(p.OrderItems) ? p.OrderItems : []) as AmazonOrderItem[],
      ...(p.NextToken ? { nextToken: String(p.NextToken) } : {}),
    }
  }

  /** Every item of an order, through all its NextToken pages. */
  async function getAllOrderItems(orderId: string): Promise<AmazonOrderItem[]> {
    const all: AmazonOrderItem[] = []
    let next: string | undefined
    do {
      const page = await getOrderItems(orderId, next)
      all.push(...page.orderItems)
      next = page.nextToken
    } while (next)
    return all
  }

  /**
   * Every order updated since `cursor`, page by page through NextToken, each with its items
   * (fetched one order after another, paced). Orders still Pending at Amazon get no item call
   * unless `itemsForPending` (their items carry no prices and the backend only records that they
   * wait). Amazon promises no order across pages: persist a page's `cursor` only when `last`.
   */
  async function* ordersUpdatedSince(
    cursor: string,
    opts: { maxResultsPerPage?: number; lastUpdatedBefore?: string; itemsForPending?: boolean } = {},
  ): AsyncGenerator<AmazonOrdersPage> {
    let latest = toIsoDate(cursor)
    if (!latest) throw new TypeError(`Not a date: "${cursor}"`)
    let nextToken: string | undefined
    do {
      const res = await getOrders({
        lastUpdatedAfter: cursor,
        lastUpdatedBefore: opts.lastUpdatedBefore,
        maxResultsPerPage: opts.maxResultsPerPage,
        nextToken,
      })
      const page: AmazonOrdersPage = { orders: [], failures: [], cursor: latest, last: false }
      for (const order of res.orders) {
        try {
          const wantItems = opts.itemsForPending || amazonStatus(order.OrderStatus) !== "pending"
          const items = wantItems ? await getAllOrderItems(order.AmazonOrderId) : []
          page.orders.push(toMarketplaceOrder(order, items))
        } catch (e) {
          // Only an order-specific refusal is this order's failure; throttling, auth or outages stop the run.
          if (!(e instanceof AmazonMappingError || (e instanceof AmazonError && [400, 404].includes(e.status)))) throw e
          page.failures.push({ external_id: order?.AmazonOrderId, error: String(e), raw: order })
        }
        latest = laterOf(latest, toIsoDate(order?.LastUpdateDate)) ?? latest
      }
      nextToken = res.nextToken
      page.cursor = latest
      page.last = !nextToken
      yield page
    } while (nextToken)
  }

  /** All pages at once, with the cursor to persist. */
  async function collectOrdersUpdatedSince(
    cursor: string,
    opts: { maxResultsPerPage?: number; lastUpdatedBefore?: string; itemsForPending?: boolean } = {},
  ) {
    const orders: MarketplaceOrder[] = []
    const failures: AmazonOrdersPage["failures"] = []
    let nextCursor = toIsoDate(cursor) ?? cursor
    for await (const page of ordersUpdatedSince(cursor, opts)) {
      orders.push(...page.orders)
      failures.push(...page.failures)
      nextCursor = page.cursor
    }
    return { orders, failures, nextCursor }
  }

  return {
    endpoint,
    tokens,
    limiters,
    request,
    getOrders,
    getOrderItems,
    getAllOrderItems,
    setListingQuantity,
    confirmShipment,
    ordersUpdatedSince,
    collectOrdersUpdatedSince,
  }
}
