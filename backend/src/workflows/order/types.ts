import { ADDRESS_FIELDS, type OrderAddress } from "../../domain/address"
import type { OrderChannel, SkippableGate } from "../../domain/order-gates"
import type { BuyingAccount } from "../../queries/order/buying-account"

export { ADDRESS_FIELDS, type OrderAddress }

/**
 * Everything that can become an order. Exactly one source of lines: a buyer's cart
 * (storefront), a quote, lines a staff member typed (staff), a marketplace's order, or an
 * order that waited for approval and has just been approved (approved_order_id).
 */
export type PlaceOrderInput = {
  channel: OrderChannel
  customer_id: string
  /** The sales channel the order belongs to (the publishable key's, Staff entry, a marketplace's). */
  sales_channel_id: string
  cart_id?: string
  quote_id?: string
  lines?: { variant_id: string; quantity: number; unit_price?: string | null }[]
  /** The last approval: the waiting draft order and its request. */
  approved?: { order_id: string; request_id: string; approved_roles: string[] }
  /** One of the buyer's (or company's) addresses, or a full address staff typed and confirmed. */
  address_id?: string
  shipping_address?: OrderAddress
  /** Freight a staff member set; otherwise the freight option's own price. */
  shipping_amount?: string | null
  po_number?: string | null
  /** The day the buyer wants the goods (YYYY-MM-DD), kept in the order's metadata. */
  requested_delivery_date?: string | null
  /** A note on the order for whoever handles it, kept in the order's metadata. */
  note?: string | null
  /** Server-side facts for the order's metadata (who entered it, the entry key, a note). */
  metadata?: Record<string, unknown>
  /** A gate switched off, only with the reason named (e.g. a marketplace already took payment). */
  skip?: Partial<Record<SkippableGate, string>>
}

/** An order line after the price gate: what will be charged and what it is compared with. */
export type PricedLine = {
  variant_id: string
  sku: string
  title: string
  quantity: number
  unit_price: string
  list_price: string
  contract_price: string | null
  tax_inclusive: boolean
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_item_ids: string[]
  /** Carried onto the order line (where the price came from). */
  metadata: Record<string, unknown>
}

export type OrderSource = {
  lines: {
    variant_id: string
    sku: string | null
    quantity: unknown
    unit_price?: string | null
    list_price?: string | null
    tax_inclusive?: boolean
  }[]
  cart?: { id: string }
  quote?: { id: string; display_id: number; version: number; po_number: string | null }
  /** The waiting draft (last approval): its address, freight and metadata are kept. */
  draft?: {
    id: string
    shipping_address: OrderAddress
    shipping: { option_id: string | null; name: string; amount: string }
    metadata: Record<string, unknown>
    fingerprint: string
  }
}

export type { ApprovalTriggers } from "../../domain/approval-rules"

export type { BuyingAccount }
