import { toIsoDate } from "./dates"
import { addDecimals, compareDecimals, isZeroDecimal, multiplyDecimal, parseDecimal, subtractDecimals } from "./decimal"
import { idString } from "./json"
import type { MarketplaceAddress, MarketplaceOrder, MarketplaceOrderLine, MarketplaceOrderStatus } from "./types"

type Obj = Record<string, unknown>
/** Shopify's REST `Order` resource (the orders/* webhook body), as loosely as Ordo reads it. */
export type ShopifyOrder = Obj & { id?: unknown; line_items?: unknown[] }

export class ShopifyMappingError extends Error {
  constructor(
    message: string,
    readonly external_id?: string,
  ) {
    super(message)
    this.name = "ShopifyMappingError"
  }
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v)
const text = (v: unknown): string | undefined => {
  if (typeof v === "number") return String(v)
  if (typeof v !== "string") return undefined
  const t = v.trim()
  return t ? t : undefined
}
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : [])
/** The shop-currency amount of a `*_set` money bag, else the plain field. */
const money = (o: Obj, field: string): string | undefined => {
  const set = o[`${field}_set`]
  if (isObj(set) && isObj(set.shop_money)) {
    const amount = text(set.shop_money.amount)
    if (amount) return amount
  }
  return text(o[field])
}
const sumAllocations = (o: Obj) => addDecimals(list(o.discount_allocations).map((a) => money(a, "amount") ?? "0"))

/**
 * Shopify order → Ordo status: cancelled once `cancelled_at` is set; shipped when every line is
 * fulfilled (`fulfillment_status: "fulfilled"`); otherwise open. Shopify orders are never
 * "pending": an unpaid order (financial_status pending/authorized, e.g. B2B payment terms) is
 * still a real order to fulfil.
 */
export function shopifyStatus(order: Obj): MarketplaceOrderStatus {
  if (order.cancelled_at) return "cancelled"
  if (order.fulfillment_status === "fulfilled") return "shipped"
  return "open"
}

function addressOf(a: unknown): MarketplaceAddress | undefined {
  if (!isObj(a)) return undefined
  const country = text(a.country_code)
  const address_1 = text(a.address1) ?? ""
  const city = text(a.city) ?? ""
  if (!country) return undefined
  const out: MarketplaceAddress = { address_1, city, country_code: country.toLowerCase() }
  const optional: [keyof MarketplaceAddress, string | undefined][] = [
    ["first_name", text(a.first_name)],
    ["last_name", text(a.last_name)],
    ["company", text(a.company)],
    ["address_2", text(a.address2)],
    ["province", text(a.province_code) ?? text(a.province)],
    ["postal_code", text(a.zip)],
    ["phone", text(a.phone)],
  ]
  for (const [k, v] of optional) if (v !== undefined) out[k] = v
  return out
}

function lineOf(l: Obj, orderId: string): MarketplaceOrderLine {
  const id = idString(l.id, l.admin_graphql_api_id)
  if (!id) throw new ShopifyMappingError(`Order ${orderId}: a line item has no id`, orderId)
  const quantity = Number(l.quantity)
  if (!Number.isSafeInteger(quantity)) {
    throw new ShopifyMappingError(`Order ${orderId}, line ${id}: quantity ${l.quantity} is not whole`, orderId)
  }
  const unit_price = money(l, "price") ?? "0.00"
  parseDecimal(unit_price)
  const discount = list(l.discount_allocations).length ? sumAllocations(l) : (money(l, "total_discount") ?? "0")
  const line: MarketplaceOrderLine = {
    external_line_id: id,
    sku: text(l.sku) ?? null,
    title: text(l.name) ?? text(l.title) ?? "",
    quantity,
    unit_price,
    line_total: multiplyDecimal(unit_price, quantity),
  }
  if (!isZeroDecimal(discount)) line.discount = discount
  return line
}

/** Shipping lines still on the order, each net of its discount allocations. */
function shippingTotal(order: Obj): string {
  const lines = list(order.shipping_lines).filter((s) => s.is_removed !== true)
  if (!lines.length) return money(order, "total_shipping_price") ?? "0.00"
  const net = lines.map((s) => subtractDecimals(money(s, "price") ?? "0", sumAllocations(s)))
  const total = addDecimals(net)
  return compareDecimals(total, "0") < 0 ? "0.00" : total
}

/**
 * A Shopify REST order (webhook body, or one element of GET orders.json; the `{ order }` response
 * envelope is unwrapped) as a MarketplaceOrder. Parse bodies with `parseShopifyJson` so ids keep
 * every digit; an id that JSON.parse already rounded is recovered from `admin_graphql_api_id`.
 * Amounts are the shop currency (`shop_money`), as placed: `total_price`, `total_tax`, line
 * `quantity` (not the post-edit/refund `current_*` values).
 */
export function toMarketplaceOrder(payload: unknown): MarketplaceOrder {
  try {
    return mapOrder(payload)
  } catch (e) {
    if (e instanceof ShopifyMappingError) throw e
    const id = isObj(payload) ? idString(payload.id, payload.admin_graphql_api_id) : undefined
    throw new ShopifyMappingError(`Order ${id ?? "?"}: ${(e as Error).message}`, id)
  }
}

function mapOrder(payload: unknown): MarketplaceOrder {
  const order = isObj(payload) && isObj(payload.order) && payload.id === undefined ? payload.order : payload
  if (!isObj(order)) throw new ShopifyMappingError("Not a Shopify order object")
  const external_id = idString(order.id, order.admin_graphql_api_id)
  if (!external_id) throw new ShopifyMappingError("Shopify order without a usable id")
  const placed_at = toIsoDate(order.processed_at) ?? toIsoDate(order.created_at)
  if (!placed_at) throw new ShopifyMappingError(`Order ${external_id}: no created_at`, external_id)
  const currency = text(order.currency) ?? text(order.presentment_currency)
  if (!currency) throw new ShopifyMappingError(`Order ${external_id}: no currency`, external_id)

  const customer = isObj(order.customer) ? order.customer : {}
  const billing = isObj(order.billing_address) ? order.billing_address : {}
  const customerName = [text(customer.first_name), text(customer.last_name)].filter(Boolean).join(" ")
  const buyer: MarketplaceOrder["buyer"] = {}
  const email = text(order.email) ?? text(order.contact_email) ?? text(customer.email)
  const buyerId = idString(customer.id, customer.admin_graphql_api_id)
  const name = customerName || text(billing.name)
  const phone = text(order.phone) ?? text(customer.phone) ?? text(billing.phone)
  if (email) buyer.email = email
  if (buyerId) buyer.external_buyer_id = buyerId
  if (name) buyer.name = name
  if (phone) buyer.phone = phone

  const out: MarketplaceOrder = {
    source: "shopify",
    external_id,
    external_number: text(order.name) ?? text(order.order_number) ?? external_id,
    status: shopifyStatus(order),
    currency_code: currency.toLowerCase(),
    placed_at,
    updated_at: toIsoDate(order.updated_at) ?? placed_at,
    buyer,
    lines: list(order.line_items).map((l) => lineOf(l, external_id)),
    shipping_total: shippingTotal(order),
    tax_total: money(order, "total_tax") ?? "0.00",
    total: money(order, "total_price") ?? "0.00",
    raw: order,
  }
  for (const amount of [out.shipping_total, out.tax_total, out.total]) parseDecimal(amount)
  const shipping_address = addressOf(order.shipping_address)
  if (shipping_address) out.shipping_address = shipping_address
  const cancelled_at = toIsoDate(order.cancelled_at)
  if (cancelled_at) out.cancelled_at = cancelled_at
  return out
}
