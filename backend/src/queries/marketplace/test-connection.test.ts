import { describe, expect, it } from "vitest"
import { amazonEndpoint } from "./clients"
import { testChannelConnection } from "./test-connection"

type Seen = { url: string; init?: RequestInit }

/** A fetch that answers from `routes` (by the URL's path) and records every call. */
function fakeFetch(routes: Record<string, (req: Seen) => Response | Promise<Response>>) {
  const seen: Seen[] = []
  const f = (async (input: any, init?: RequestInit) => {
    const url = String(input)
    seen.push({ url, init })
    const path = new URL(url).pathname
    const answer = routes[path]
    if (!answer) throw new TypeError(`fetch failed (no route ${path})`)
    return answer({ url, init })
  }) as typeof fetch
  return { fetch: f, seen }
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

const shopify = {
  type: "shopify",
  config: {
    currency_code: "USD",
    shop_domain: "acme.myshopify.com",
    api_base_url: "http://fake.test/admin/api/2025-07",
  },
  credentials: { access_token: "shpat_1", webhook_secret: "s" },
}
const amazon = {
  type: "amazon",
  config: { currency_code: "USD", marketplace_ids: ["ATVPDKIKX0DER"], api_base_url: "http://fake-amazon.test" },
  credentials: { client_id: "amzn1.id", client_secret: "secret", refresh_token: "Atzr|x" },
}

describe("test a marketplace connection before it is stored", () => {
  it("Shopify: the shop the token opens, with its currency", async () => {
    const { fetch, seen } = fakeFetch({
      "/admin/api/2025-07/shop.json": () =>
        json(200, { shop: { id: 548380009, name: "Acme", myshopify_domain: "acme.myshopify.com", currency: "USD" } }),
    })
    const r = await testChannelConnection(shopify, { fetch })
    expect(r).toEqual({
      ok: true,
      shop: { id: "548380009", name: "Acme", domain: "acme.myshopify.com", currency: "usd" },
    })
    expect((seen[0].init?.headers as Record<string, string> | undefined)?.["X-Shopify-Access-Token"]).toBe("shpat_1")
  })

  it("Shopify: a refused token, another store's token, an unreachable host — answers, not errors", async () => {
    const refused = fakeFetch({
      "/admin/api/2025-07/shop.json": () => json(401, { errors: "[API] Invalid API key or access token" }),
    })
    expect(await testChannelConnection(shopify, refused)).toEqual({
      ok: false,
      message: "GET shop.json: 401 [API] Invalid API key or access token",
    })
    const other = fakeFetch({
      "/admin/api/2025-07/shop.json": () =>
        json(200, { shop: { id: 1, name: "B", myshopify_domain: "b.myshopify.com" } }),
    })
    expect(await testChannelConnection(shopify, other)).toEqual({
      ok: false,
      message: "The access token belongs to b.myshopify.com, not acme.myshopify.com",
    })
    const down = await testChannelConnection(shopify, fakeFetch({}))
    expect(down.ok).toBe(false)
    expect(!down.ok && down.message).toMatch(/fetch failed/)
  })

  it("says when the store sells in another currency than the one chosen", async () => {
    const { fetch } = fakeFetch({
      "/admin/api/2025-07/shop.json": () =>
        json(200, { shop: { id: 1, name: "Acme", myshopify_domain: "acme.myshopify.com", currency: "EUR" } }),
    })
    const r = await testChannelConnection(shopify, { fetch })
    expect(r).toMatchObject({ ok: true, currency_mismatch: { chosen: "usd", marketplace: "eur" } })
  })

  it("Amazon: a token exchange and one tiny orders page, a few minutes wide and ending ≥ 2 min ago", async () => {
    const now = Date.parse("2026-03-01T12:00:00Z")
    const { fetch, seen } = fakeFetch({
      "/auth/o2/token": () => json(200, { access_token: "Atza|token", expires_in: 3600 }),
      "/orders/v0/orders": () => json(200, { payload: { Orders: [] } }),
    })
    const r = await testChannelConnection(amazon, { fetch, now })
    expect(r).toMatchObject({
      ok: true,
      shop: { name: "Amazon ATVPDKIKX0DER", marketplace_ids: ["ATVPDKIKX0DER"], currency: "usd" },
    })
    expect(String(seen[0].init?.body)).toContain("grant_type=refresh_token")
    const orders = new URL(seen[1].url)
    expect(orders.searchParams.get("MarketplaceIds")).toBe("ATVPDKIKX0DER")
    expect(orders.searchParams.get("MaxResultsPerPage")).toBe("1")
    expect(Date.parse(orders.searchParams.get("LastUpdatedBefore") as string)).toBeLessThanOrEqual(now - 120_000)
    expect((seen[1].init?.headers as Record<string, string> | undefined)?.["x-amz-access-token"]).toBe("Atza|token")
  })

  it("Amazon: a refused refresh token is the answer's message", async () => {
    const { fetch } = fakeFetch({
      "/auth/o2/token": () => json(400, { error: "invalid_grant", error_description: "The refresh token is invalid" }),
    })
    const r = await testChannelConnection(amazon, { fetch })
    expect(r).toEqual({ ok: false, message: "LWA token exchange refused: invalid_grant The refresh token is invalid" })
  })

  it("Amazon: Amazon's own hosts by region, and Login with Amazon for them", async () => {
    expect(amazonEndpoint("ATVPDKIKX0DER")).toBe("https://sellingpartnerapi-na.amazon.com")
    expect(amazonEndpoint("A1PA6795UKMFR9")).toBe("https://sellingpartnerapi-eu.amazon.com")
    expect(amazonEndpoint("A1VC38T7YXB528")).toBe("https://sellingpartnerapi-fe.amazon.com")
    const { fetch, seen } = fakeFetch({})
    await testChannelConnection(
      { ...amazon, config: { currency_code: "EUR", marketplace_ids: ["A1PA6795UKMFR9"] } },
      {
        fetch,
      },
    )
    expect(seen[0].url).toBe("https://api.amazon.com/auth/o2/token")
  })
})
