/**
 * The neutral order every Ordo marketplace adapter produces (copied from `@ordo/shopify`, the same
 * shape as `@ordo/amazon`'s and the backend's `domain/marketplace.ts`): ids as strings, money as
 * decimal strings, quantities as integers, dates as UTC ISO-8601 strings. `source` adds "file",
 * which the backend's `ChannelType` already has.
 */
export type MarketplaceOrderStatus = "pending" | "open" | "cancelled" | "shipped"

export type MarketplaceAddress = {
  first_name?: string
  last_name?: string
  company?: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code?: string
  /** Lowercase ISO 3166-1 alpha-2. */
  country_code: string
  phone?: string
}

export type MarketplaceOrderLine = {
  external_line_id: string
  /** Null when the marketplace line has no SKU: the backend queues it for staff, never invents one. */
  sku: string | null
  title: string
  quantity: number
  /** Price of one unit before discounts, decimal string. */
  unit_price: string
  /** The provider's own line total before discounts (exact; unit_price may be rounded for Amazon). */
  line_total: string
  /** Discounts allocated to the whole line (all units), decimal string; absent when none. */
  discount?: string
}

export type MarketplaceOrder = {
  source: "shopify" | "amazon" | "file"
  external_id: string
  external_number: string
  status: MarketplaceOrderStatus
  /** Lowercase ISO 4217. */
  currency_code: string
  placed_at: string
  updated_at: string
  buyer: { email?: string; external_buyer_id?: string; name?: string; phone?: string }
  shipping_address?: MarketplaceAddress
  lines: MarketplaceOrderLine[]
  /** Shipping charged, net of shipping discounts. */
  shipping_total: string
  tax_total: string
  /** What the buyer pays, as the marketplace states it. */
  total: string
  cancelled_at?: string
  raw: unknown
}
