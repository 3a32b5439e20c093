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
  quantity: number
  unit_price: Amount
  subtotal?: Amount
  total?: Amount
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
  metadata?: Record<string, unknown> | null
  items?: LineItem[] | null
  shipping_address?: Address | null
}
