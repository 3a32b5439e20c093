import { createHmac, timingSafeEqual } from "node:crypto"
import { parseShopifyJson } from "./json"
import { ShopifyMappingError, toMarketplaceOrder } from "./order"
import type { MarketplaceOrder } from "./types"

/** The order topics Ordo subscribes to. */
export const SHOPIFY_ORDER_TOPICS = ["orders/create", "orders/updated", "orders/cancelled"] as const
export type ShopifyOrderTopic = (typeof SHOPIFY_ORDER_TOPICS)[number]

/** Node's IncomingHttpHeaders, a plain object, or a fetch `Headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>

export type ShopifyWebhookRefusal =
  | "missing_hmac"
  | "invalid_signature"
  | "missing_headers"
  | "unsupported_topic"
  | "invalid_json"
  | "invalid_order"

export type ShopifyWebhookResult =
  | {
      ok: true
      topic: ShopifyOrderTopic
      /** X-Shopify-Webhook-Id: one per delivery attempt series; the replay key. */
      webhookId: string
      /** X-Shopify-Event-Id when Shopify sends it (the same event across subscriptions). */
      eventId?: string
      shopDomain: string
      apiVersion?: string
      triggeredAt?: string
      order: MarketplaceOrder
    }
  | { ok: false; reason: ShopifyWebhookRefusal; detail?: string }

/** The signature Shopify sends: base64 HMAC-SHA256 of the raw body keyed by the app secret. */
export function shopifyHmac(rawBody: Buffer | string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody).digest("base64")
}

/**
 * Verifies X-Shopify-Hmac-Sha256 over the exact raw body (never re-serialised JSON), in constant
 * time. False for a missing or malformed header, another secret or a changed body.
 */
export function verifyShopifyWebhook(rawBody: Buffer | string, hmacHeader: string | undefined, secret: string) {
  if (!hmacHeader || !secret) return false
  const expected = Buffer.from(shopifyHmac(rawBody, secret), "utf8")
  const given = Buffer.from(hmacHeader.trim(), "utf8")
  // timingSafeEqual throws on different lengths; a length difference leaks nothing secret.
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  let v: string | string[] | null | undefined
  if (typeof (headers as Headers).get === "function") v = (headers as Headers).get(name)
  else {
    const lower = name.toLowerCase()
    const found = Object.keys(headers).find((k) => k.toLowerCase() === lower)
    v = found === undefined ? undefined : (headers as Record<string, string | string[] | undefined>)[found]
  }
  const s = Array.isArray(v) ? v[0] : v
  return s?.trim() || undefined
}

/** X-Shopify-* (webhook deliveries) with a fallback to the un-prefixed "events" delivery headers. */
const shopifyHeader = (h: WebhookHeaders, name: string) =>
  header(h, `x-shopify-${name}`) ?? header(h, `shopify-${name}`)

/**
 * Verifies and reads one orders/* delivery: signature first (nothing of an unsigned body is
 * parsed), then the required headers, the topic and the order. Ids are read big-int safe.
 */
export function parseWebhook(headers: WebhookHeaders, rawBody: Buffer | string, secret: string): ShopifyWebhookResult {
  const hmac = shopifyHeader(headers, "hmac-sha256")
  if (!hmac) return { ok: false, reason: "missing_hmac" }
  if (!verifyShopifyWebhook(rawBody, hmac, secret)) return { ok: false, reason: "invalid_signature" }
  const topic = shopifyHeader(headers, "topic")
  const webhookId = shopifyHeader(headers, "webhook-id")
  const shopDomain = shopifyHeader(headers, "shop-domain")
  if (!topic || !webhookId || !shopDomain) {
    const missing = [!topic && "topic", !webhookId && "webhook-id", !shopDomain && "shop-domain"].filter(Boolean)
    return { ok: false, reason: "missing_headers", detail: missing.join(", ") }
  }
  if (!(SHOPIFY_ORDER_TOPICS as readonly string[]).includes(topic)) {
    return { ok: false, reason: "unsupported_topic", detail: topic }
  }
  let payload: unknown
  try {
    payload = parseShopifyJson(typeof rawBody === "string" ? rawBody : rawBody.toString("utf8"))
  } catch (e) {
    return { ok: false, reason: "invalid_json", detail: (e as Error).message }
  }
  let order: MarketplaceOrder
  try {
    order = toMarketplaceOrder(payload)
  } catch (e) {
    if (e instanceof ShopifyMappingError) return { ok: false, reason: "invalid_order", detail: e.message }
    throw e
  }
  const result: ShopifyWebhookResult = { ok: true, topic: topic as ShopifyOrderTopic, webhookId, shopDomain, order }
  const eventId = shopifyHeader(headers, "event-id")
  const apiVersion = shopifyHeader(headers, "api-version")
  const triggeredAt = shopifyHeader(headers, "triggered-at")
  if (eventId) result.eventId = eventId
  if (apiVersion) result.apiVersion = apiVersion
  if (triggeredAt) result.triggeredAt = triggeredAt
  return result
}
