import { MedusaError } from "@medusajs/framework/utils"
import { createAmazonClient, createLwaTokenProvider, LWA_TOKEN_URL, type LwaTokenProvider } from "@ordo/amazon"
import { createShopifyClient } from "@ordo/shopify"
import type { MarketplaceOrder } from "../../domain/marketplace"
import { connectionSecrets } from "./secrets"

type Connection = { id: string; type: string; config?: Record<string, any> | null; credentials?: string | null }

/** One page of a catch-up poll, whichever marketplace: persist `cursor` only from the `last` page. */
export type OrderPage = {
  orders: MarketplaceOrder[]
  failures: { external_id?: string; error: string }[]
  cursor: string
  last: boolean
}

/** Where a listing's stock goes: Shopify's inventory item at the connection's location, or Amazon's seller SKU. */
export type StockTarget = { external_id: string; quantity: number; idempotency_key: string }

/** A parcel of a marketplace order, told back to the marketplace (Shopify fulfillment, Amazon shipment confirmation). */
export type ShipmentNote = {
  external_order_id: string
  /** The marketplace's own lines in the parcel. */
  lines: { external_line_id: string; quantity: number }[]
  carrier_code: string
  carrier_name: string
  tracking_number: string
  tracking_url: string | null
  shipped_at: Date
  /** Same key for a retry of the same parcel. */
  idempotency_key: string
}

/** A marketplace as the backend uses it: orders since a cursor, its listings, stock out, and shipments back. */
export type MarketplaceSource = {
  confirmShipment(note: ShipmentNote): Promise<void>
  ordersSince(since: string, until: Date): AsyncIterable<OrderPage>
  /** Listings by SKU (Shopify: every variant with a SKU; Amazon: null — its listings are our SKUs). */
  listings(): Promise<{ sku: string; external_id: string }[] | null>
  setStock(target: StockTarget): Promise<void>
  /** What the marketplace shows now, for reconciliation (external id → quantity); null when it cannot say. */
  currentStock(externalIds: string[]): Promise<Map<string, number> | null>
}

/** SP-API's regional hosts by marketplace (Amazon: "Selling Partner API endpoints"). */
const AMAZON_EUROPE = new Set([
  "A28R8C7NBKEWEA",
  "A1RKKUPIHCS9HS",
  "A1F83G8C2ARO7P",
  "A13V1IB3VIYZZH",
  "AMEN7PMS3EDWL",
  "A1805IZSGTT6HS",
  "A1PA6795UKMFR9",
  "APJ6JRA9NG5V4",
  "A2NODRKZP88ZB9",
  "AE08WJ6YKNBMC",
  "A1C3SOZRARQ6R3",
  "ARBP9OOSHTCHU",
  "A33AVAJ2PDY3EV",
  "A17E79C6D8DWNP",
  "A2VIGQ35RCS4UG",
  "A21TJRUUN4KGV",
])
const AMAZON_FAR_EAST = new Set(["A19VAU5U5O7RUS", "A39IBJ37TRP1C6", "A1VC38T7YXB528"])

/**
 * Where LWA tokens come from: the URL the connection names, else Login with Amazon for Amazon's
 * own hosts, else the stand-in host itself (a sandbox proxy, the tests' fake SP-API).
 */
export function amazonTokenUrl(endpoint: string, configured?: string) {
  if (configured) return configured
  return /\.amazon\.com$/i.test(new URL(endpoint).hostname)
    ? LWA_TOKEN_URL
    : `${endpoint.replace(/\/+$/, "")}/auth/o2/token`
}

export function amazonEndpoint(marketplaceId: string) {
  if (AMAZON_EUROPE.has(marketplaceId)) return "https://sellingpartnerapi-eu.amazon.com"
  if (AMAZON_FAR_EAST.has(marketplaceId)) return "https://sellingpartnerapi-fe.amazon.com"
  return "https://sellingpartnerapi-na.amazon.com"
}

/** Amazon wants LastUpdatedBefore at least two minutes in the past. */
const AMAZON_SETTLE_MS = 2 * 60_000

/** LWA access tokens live an hour: one provider per connection and credentials, kept between polls. */
const lwaProviders = new Map<string, LwaTokenProvider>()

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * A marketplace's refusal or outage as staff read it (HTTP 400 with the marketplace's words),
 * instead of an unknown server error.
 */
export function marketplaceFailure(connection: { type: string; name?: string }, e: unknown): Error {
  if (e instanceof MedusaError) return e
  const label = connection.type === "shopify" ? "Shopify" : connection.type === "amazon" ? "Amazon" : connection.type
  const message = String((e as Error)?.message ?? e)
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${label} could not be reached or refused the request: ${message}`,
  )
}

/** Amazon's carrier codes for ours (SP-API CarrierCode values); others go as "Other" with the carrier's name. */
const AMAZON_CARRIERS: Record<string, string> = {
  usps: "USPS",
  ups: "UPS",
  fedex: "FedEx",
  dhl_express: "DHL",
  sf_express: "SF Express",
  yto: "YTO",
  zto: "ZTO",
  sto: "STO",
  yunda: "Yunda",
  ems: "China Post",
  jd: "JD Logistics",
}
const amazonCarrierCode = (code: string) => AMAZON_CARRIERS[code] ?? "Other"

/** The adapter for a connection, with its secrets opened (refused without the encryption key). */
export function marketplaceSource(connection: Connection): MarketplaceSource {
  const config = connection.config ?? {}
  const secrets = connectionSecrets(connection)
  if (connection.type === "shopify") {
    const client = createShopifyClient({
      shopDomain: config.shop_domain,
      accessToken: secrets.access_token ?? "",
      ...(config.api_base_url ? { baseUrl: config.api_base_url } : {}),
    })
    const location = () =>
      config.location_id
        ? String(config.location_id)
        : refuse("location_id: set the Shopify location stock is pushed to")
    return {
      confirmShipment: async (n) => {
        await client.createFulfillment({
          order_id: n.external_order_id,
          tracking: { number: n.tracking_number, company: n.carrier_name, url: n.tracking_url ?? undefined },
          notify_customer: true,
          idempotencyKey: n.idempotency_key,
        })
      },
      ordersSince: (since, until) => client.listOrdersUpdatedSince(since, { until: until.toISOString() }),
      listings: async () =>
        (await client.listListings()).map((l) => ({ sku: l.sku, external_id: l.inventory_item_id })),
      setStock: async (t) => {
        await client.setInventoryLevel({
          inventory_item_id: t.external_id,
          location_id: location(),
          available: t.quantity,
          idempotencyKey: t.idempotency_key,
        })
      },
      currentStock: async (ids) =>
        new Map(
          (await client.getInventoryLevels(ids, location())).map((l) => [l.inventory_item_id, l.available] as const),
        ),
    }
  }
  if (connection.type === "amazon") {
    const marketplaceIds = (config.marketplace_ids ?? []) as string[]
    if (!marketplaceIds.length) refuse("config.marketplace_ids: name at least one Amazon marketplace")
    const endpoint = config.api_base_url ?? amazonEndpoint(marketplaceIds[0])
    const key = `${connection.id}:${connection.credentials}`
    let lwa = lwaProviders.get(key)
    if (!lwa) {
      lwa = createLwaTokenProvider({
        clientId: secrets.client_id ?? "",
        clientSecret: secrets.client_secret ?? "",
        refreshToken: secrets.refresh_token ?? "",
        tokenUrl: amazonTokenUrl(endpoint, config.token_url),
      })
      lwaProviders.set(key, lwa)
    }
    const client = createAmazonClient({
      endpoint,
      lwa,
      marketplaceIds,
    })
    return {
      confirmShipment: async (n) => {
        await client.confirmShipment({
          orderId: n.external_order_id,
          marketplaceId: marketplaceIds[0],
          // Amazon takes positive numbers, unique within the order: the second the parcel left.
          packageReferenceId: String(Math.floor(n.shipped_at.getTime() / 1000)),
          carrierCode: amazonCarrierCode(n.carrier_code),
          carrierName: n.carrier_name,
          trackingNumber: n.tracking_number,
          shipDate: n.shipped_at.toISOString(),
          orderItems: n.lines.map((l) => ({ orderItemId: l.external_line_id, quantity: l.quantity })),
        })
      },
      ordersSince: (since, until) =>
        client.ordersUpdatedSince(since, {
          lastUpdatedBefore: new Date(until.getTime() - AMAZON_SETTLE_MS).toISOString(),
        }),
      listings: async () => null,
      setStock: async (t) => {
        await client.setListingQuantity({
          sellerId: config.seller_id ? String(config.seller_id) : refuse("config.seller_id: the Amazon seller id"),
          sku: t.external_id,
          quantity: t.quantity,
        })
      },
      currentStock: async () => null,
    }
  }
  refuse(`type: ${connection.type} connections have no marketplace to talk to`)
}
