// The subset of Medusa store API shapes the storefront renders.
export type Amount = number | string | null | undefined

export interface Address {
  id: string
  address_name?: string | null
  company?: string | null
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
  is_default_shipping?: boolean
}

export interface Customer {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  company_name?: string | null
  metadata?: Record<string, unknown> | null
  addresses?: Address[]
}

export interface Region {
  id: string
  name: string
  currency_code: string
}

export interface CalculatedPrice {
  calculated_amount?: Amount
  original_amount?: Amount
  currency_code?: string | null
  /** Medusa's flag: the price contains the tax (CNY prices are quoted 含税). */
  is_calculated_price_tax_inclusive?: boolean | null
}

export interface Variant {
  id: string
  sku?: string | null
  title?: string | null
  inventory_quantity?: number | null
  calculated_price?: CalculatedPrice | null
}

export interface Category {
  id: string
  name: string
  handle: string
  metadata?: Record<string, unknown> | null
}

export interface Product {
  id: string
  title: string
  handle: string
  thumbnail?: string | null
  description?: string | null
  variants?: Variant[] | null
  categories?: Category[] | null
  metadata?: Record<string, unknown> | null
}

export interface LineItem {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  product_id?: string | null
  quantity: number
  unit_price: Amount
  subtotal?: Amount
  total?: Amount
  is_tax_inclusive?: boolean | null
  tax_total?: Amount
  /** The product's Chinese name, when the backend sends one. */
  title_zh?: string | null
}

export interface Cart {
  id: string
  currency_code: string
  completed_at?: string | null
  total?: Amount
  subtotal?: Amount
  tax_total?: Amount
  shipping_total?: Amount
  item_total?: Amount
  discount_total?: Amount
  items?: LineItem[] | null
}

export interface Order {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status?: string | null
  fulfillment_status?: string | null
  currency_code: string
  total?: Amount
  subtotal?: Amount
  tax_total?: Amount
  shipping_total?: Amount
  discount_total?: Amount
  metadata?: Record<string, unknown> | null
  items?: LineItem[] | null
  shipping_address?: Address | null
  /** Ordo's shipping state (ADR 021); absent on a backend without the tracking module. */
  shipping_state?: ShippingState | null
  /** Ordo's payment state from its invoices, not Medusa's payment collection (ADR 021). */
  payment_state?: PaymentState | null
}

// Shipping and tracking (ADR 021, "API contract").

export const SHIPPING_STATES = ["not_shipped", "partly_shipped", "shipped", "partly_delivered", "delivered"] as const
export type ShippingState = (typeof SHIPPING_STATES)[number]

export const PAYMENT_STATES = ["not_invoiced", "unpaid", "partly_paid", "paid", "overdue"] as const
export type PaymentState = (typeof PAYMENT_STATES)[number]

export const TRACKING_STATUSES = ["PRE_TRANSIT", "TRANSIT", "DELIVERED", "RETURNED", "FAILURE", "UNKNOWN"] as const
export type TrackingStatus = (typeof TRACKING_STATUSES)[number]

/**
 * Where an event happened. The contract says `location|null` without a shape: a plain string,
 * or Shippo's own `{ city, state, zip, country }` passed through; both are rendered.
 */
export type TrackingLocation =
  | string
  | { city?: string | null; state?: string | null; zip?: string | null; country?: string | null }

export interface TrackingEvent {
  status: TrackingStatus
  details: string | null
  location: TrackingLocation | null
  occurred_at: string
}

/** What anyone with the order number + postal code / e-mail, or the tracking number, may see. */
export interface PublicShipment {
  carrier: string
  carrier_name: string
  /** The carrier in Chinese (顺丰速运), for the Chinese storefront. */
  carrier_name_zh?: string
  tracking_number: string
  tracking_url: string | null
  status: TrackingStatus
  status_details: string | null
  status_at: string | null
  eta: string | null
  shipped_at: string
  delivered_at: string | null
  /** Newest first. */
  events: TrackingEvent[]
}

/** A shipment as the buyer's own order route returns it (staff also get `label_url`). */
export interface ShipmentView extends PublicShipment {
  id: string
  source: "shippo" | "manual"
  label_url?: string | null
}

/** `GET /store/track`: the order is `null` when the lookup was by tracking number. */
export interface TrackLookupResult {
  order: { display_id: number; shipping_state: ShippingState } | null
  shipments: PublicShipment[]
}
