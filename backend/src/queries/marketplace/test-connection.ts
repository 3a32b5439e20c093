import { createAmazonClient, MARKETPLACE_CURRENCY } from "@ordo/amazon"
import { createShopifyClient } from "@ordo/shopify"
import { amazonEndpoint, amazonTokenUrl } from "./clients"

export type ConnectionTestInput = {
  type: string
  config: {
    currency_code: string
    shop_domain?: string
    api_base_url?: string
    marketplace_ids?: string[]
    token_url?: string
  }
  credentials?: { access_token?: string; client_id?: string; client_secret?: string; refresh_token?: string }
}

/** What the marketplace said about the credentials: the shop they open, or why not. */
export type ConnectionTestResult =
  | {
      ok: true
      shop: { id: string; name: string; domain?: string; currency?: string; marketplace_ids?: string[] }
      /** The marketplace sells in another currency than the one chosen (orders would wait as exceptions). */
      currency_mismatch?: { chosen: string; marketplace: string }
    }
  | { ok: false; message: string }

/** Staff wait for the answer: a dead host fails in seconds, not after the sync's long retries. */
const TIMEOUT_MS = 15_000

const mismatch = (chosen: string, marketplace?: string) =>
  marketplace && marketplace.toLowerCase() !== chosen.toLowerCase()
    ? { currency_mismatch: { chosen: chosen.toLowerCase(), marketplace: marketplace.toLowerCase() } }
    : {}

async function testShopify(input: ConnectionTestInput, fetchImpl?: typeof fetch): Promise<ConnectionTestResult> {
  const domain = input.config.shop_domain ?? ""
  const client = createShopifyClient({
    shopDomain: domain,
    accessToken: input.credentials?.access_token ?? "",
    ...(input.config.api_base_url ? { baseUrl: input.config.api_base_url } : {}),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    maxRetries: 1,
    maxBackoffMs: 2_000,
    timeoutMs: TIMEOUT_MS,
  })
  const r = await client.testConnection()
  if (!r.ok) return { ok: false, message: r.message || `Shopify answered ${r.status}` }
  // Webhooks are checked against the configured domain: a token of another store would sign nothing we accept.
  const own = r.shop.myshopify_domain
  if (own && own.toLowerCase() !== domain.toLowerCase())
    return { ok: false, message: `The access token belongs to ${own}, not ${domain}` }
  return {
    ok: true,
    shop: {
      id: r.shop.id,
      name: r.shop.name,
      ...(own ? { domain: own } : {}),
      ...(r.shop.currency ? { currency: r.shop.currency } : {}),
    },
    ...mismatch(input.config.currency_code, r.shop.currency),
  }
}

async function testAmazon(
  input: ConnectionTestInput,
  fetchImpl?: typeof fetch,
  now = Date.now(),
): Promise<ConnectionTestResult> {
  const ids = input.config.marketplace_ids ?? []
  const endpoint = input.config.api_base_url ?? amazonEndpoint(ids[0] ?? "")
  const tokenUrl = amazonTokenUrl(endpoint, input.config.token_url)
  const client = createAmazonClient({
    endpoint,
    marketplaceIds: ids,
    lwa: {
      clientId: input.credentials?.client_id ?? "",
      clientSecret: input.credentials?.client_secret ?? "",
      refreshToken: input.credentials?.refresh_token ?? "",
      tokenUrl,
      timeoutMs: TIMEOUT_MS,
    },
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    maxRetries: 0,
    timeoutMs: TIMEOUT_MS,
  })
  // The smallest real call: one page of orders changed in a few minutes (Amazon wants the end ≥ 2 min ago).
  await client.getOrders({
    lastUpdatedAfter: new Date(now - 10 * 60_000).toISOString(),
    lastUpdatedBefore: new Date(now - 3 * 60_000).toISOString(),
    maxResultsPerPage: 1,
  })
  const currency = MARKETPLACE_CURRENCY[ids[0] ?? ""]
  return {
    ok: true,
    shop: {
      id: ids.join(","),
      name: `Amazon ${ids.join(", ")}`,
      domain: new URL(endpoint).host,
      marketplace_ids: ids,
      ...(currency ? { currency } : {}),
    },
    ...mismatch(input.config.currency_code, currency),
  }
}

/**
 * Calls the marketplace with the credentials staff typed, before anything is stored: Shopify's
 * shop, or an Amazon token exchange and one tiny orders page. Every failure (refused token,
 * unknown host, timeout, bad URL) is an answer, never a thrown error.
 */
export async function testChannelConnection(
  input: ConnectionTestInput,
  opts: { fetch?: typeof fetch; now?: number } = {},
): Promise<ConnectionTestResult> {
  try {
    if (input.type === "shopify") return await testShopify(input, opts.fetch)
    if (input.type === "amazon") return await testAmazon(input, opts.fetch, opts.now)
    return { ok: false, message: `A ${input.type} source has no connection to test` }
  } catch (e: any) {
    return { ok: false, message: String(e?.message ?? e) }
  }
}
