import { toIsoDate } from "./dates"
import { absDecimal, addDecimals, divideDecimal, isZeroDecimal, parseDecimal, subtractDecimals } from "./decimal"
import type { MarketplaceAddress, MarketplaceOrder, MarketplaceOrderLine, MarketplaceOrderStatus } from "./types"

/** SP-API Money: the amount is a decimal string. */
export type AmazonMoney = { CurrencyCode?: string; Amount?: string }

/** An Orders v0 `Order`, as loosely as Ordo reads it (everything optional: Amazon omits a lot). */
export type AmazonOrder = {
  AmazonOrderId: string
  SellerOrderId?: string
  PurchaseDate?: string
  LastUpdateDate?: string
  OrderStatus?: string
  FulfillmentChannel?: string
  OrderTotal?: AmazonMoney
  MarketplaceId?: string
  IsBusinessOrder?: boolean
  ShippingAddress?: {
    Name?: string
    CompanyName?: string
    AddressLine1?: string
    AddressLine2?: string
    AddressLine3?: string
    City?: string
    County?: string
    District?: string
    StateOrRegion?: string
    PostalCode?: string
    CountryCode?: string
    Phone?: string
    [k: string]: unknown
  }
  BuyerInfo?: { BuyerEmail?: string; BuyerName?: string; [k: string]: unknown }
  [k: string]: unknown
}

/** An Orders v0 `OrderItem`. ItemPrice is the price of all QuantityOrdered units. */
export type AmazonOrderItem = {
  OrderItemId: string
  ASIN?: string
  SellerSKU?: string
  Title?: string
  QuantityOrdered?: number
  QuantityShipped?: number
  ItemPrice?: AmazonMoney
  ShippingPrice?: AmazonMoney
  ItemTax?: AmazonMoney
  ShippingTax?: AmazonMoney
  ShippingDiscount?: AmazonMoney
  PromotionDiscount?: AmazonMoney
  [k: string]: unknown
}

export class AmazonMappingError extends Error {
  constructor(
    message: string,
    readonly external_id?: string,
  ) {
    super(message)
    this.name = "AmazonMappingError"
  }
}

/** Currency of each SP-API marketplace (developer-docs.amazon.com/sp-api/docs/marketplace-ids). */
export const MARKETPLACE_CURRENCY: Record<string, string> = {
  A2EUQ1WTGCTBG2: "cad",
  ATVPDKIKX0DER: "usd",
  A1AM78C64UM0Y8: "mxn",
  A2Q3Y263D00KWC: "brl",
  A28R8C7NBKEWEA: "eur",
  A1RKKUPIHCS9HS: "eur",
  A1F83G8C2ARO7P: "gbp",
  A13V1IB3VIYZZH: "eur",
  AMEN7PMS3EDWL: "eur",
  A1805IZSGTT6HS: "eur",
  A1PA6795UKMFR9: "eur",
  APJ6JRA9NG5V4: "eur",
  A2NODRKZP88ZB9: "sek",
  AE08WJ6YKNBMC: "zar",
  A1C3SOZRARQ6R3: "pln",
  ARBP9OOSHTCHU: "egp",
  A33AVAJ2PDY3EV: "try",
  A17E79C6D8DWNP: "sar",
  A2VIGQ35RCS4UG: "aed",
  A21TJRUUN4KGV: "inr",
  A19VAU5U5O7RUS: "sgd",
  A39IBJ37TRP1C6: "aud",
  A1VC38T7YXB528: "jpy",
}

/**
 * OrderStatus → Ordo: Pending and PendingAvailability wait (Amazon has not confirmed payment;
 * items carry no prices yet); Unshipped and PartiallyShipped are open; Shipped and
 * InvoiceUnconfirmed (shipped, invoice not confirmed) are shipped; Canceled and Unfulfillable
 * (Amazon will never ship it) are cancelled. An unknown status waits rather than imports.
 */
export function amazonStatus(status: unknown): MarketplaceOrderStatus {
  switch (status) {
    case "Unshipped":
    case "PartiallyShipped":
      return "open"
    case "Shipped":
    case "InvoiceUnconfirmed":
      return "shipped"
    case "Canceled":
    case "Unfulfillable":
      return "cancelled"
    default:
      return "pending"
  }
}

const text = (v: unknown): string | undefined => {
  if (typeof v === "number") return String(v)
  if (typeof v !== "string") return undefined
  const t = v.trim()
  return t ? t : undefined
}
/** A Money's amount, checked to be a decimal; undefined when absent. */
const amount = (m: AmazonMoney | undefined): string | undefined => {
  const a = text(m?.Amount)
  if (a === undefined) return undefined
  parseDecimal(a)
  return a
}
const sum = (items: AmazonOrderItem[], field: keyof AmazonOrderItem, abs = false) =>
  addDecimals(
    items.map((i) => amount(i[field] as AmazonMoney | undefined) ?? "0").map((a) => (abs ? absDecimal(a) : a)),
  )

function lineOf(item: AmazonOrderItem, orderId: string): MarketplaceOrderLine {
  const id = text(item.OrderItemId)
  if (!id) throw new AmazonMappingError(`Order ${orderId}: an item has no OrderItemId`, orderId)
  const quantity = Number(item.QuantityOrdered ?? 0)
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new AmazonMappingError(`Order ${orderId}, item ${id}: QuantityOrdered ${item.QuantityOrdered}`, orderId)
  }
  const line_total = amount(item.ItemPrice) ?? "0.00"
  const scale = Math.max(2, parseDecimal(line_total).scale)
  const line: MarketplaceOrderLine = {
    external_line_id: id,
    sku: text(item.SellerSKU) ?? null,
    title: text(item.Title) ?? text(item.ASIN) ?? "",
    quantity,
    unit_price: quantity > 0 ? divideDecimal(line_total, quantity, scale) : line_total,
    line_total,
  }
  const discount = amount(item.PromotionDiscount)
  if (discount && !isZeroDecimal(discount)) line.discount = absDecimal(discount)
  return line
}

function addressOf(a: AmazonOrder["ShippingAddress"]): MarketplaceAddress | undefined {
  const country = text(a?.CountryCode)
  if (!a || !country) return undefined
  const streets = [text(a.AddressLine1), text(a.AddressLine2), text(a.AddressLine3)].filter(Boolean) as string[]
  const out: MarketplaceAddress = {
    // Without a Restricted Data Token Amazon sends only city/region/postcode/country: then "".
    address_1: streets[0] ?? "",
    city: text(a.City) ?? "",
    country_code: country.toLowerCase(),
  }
  const name = text(a.Name)
  if (name) {
    // The same split the backend applies to a buyer name: first word, then the rest.
    const [first, ...rest] = name.split(/\s+/)
    out.first_name = first
    out.last_name = rest.join(" ")
  }
  const optional: [keyof MarketplaceAddress, string | undefined][] = [
    ["company", text(a.CompanyName)],
    ["address_2", streets.slice(1).join(", ") || undefined],
    ["province", text(a.StateOrRegion)],
    ["postal_code", text(a.PostalCode)],
    ["phone", text(a.Phone)],
  ]
  for (const [k, v] of optional) if (v !== undefined) out[k] = v
  return out
}

function currencyOf(order: AmazonOrder, items: AmazonOrderItem[]): string {
  const fromItems = items.map((i) => text(i.ItemPrice?.CurrencyCode)).find(Boolean)
  const c = text(order.OrderTotal?.CurrencyCode) ?? fromItems ?? MARKETPLACE_CURRENCY[order.MarketplaceId ?? ""]
  if (!c) throw new AmazonMappingError(`Order ${order.AmazonOrderId}: no currency`, order.AmazonOrderId)
  return c.toLowerCase()
}

/**
 * An Orders v0 order and its items as a MarketplaceOrder (source "amazon").
 * - unit_price = ItemPrice ÷ QuantityOrdered, rounded half away from zero to the amount's
 *   decimals (at least 2); line_total keeps Amazon's exact ItemPrice.
 * - discount = PromotionDiscount; shipping_total = Σ ShippingPrice − Σ ShippingDiscount;
 *   tax_total = Σ ItemTax + ShippingTax; total = OrderTotal (else lines − discounts + shipping + tax).
 * - Items with QuantityOrdered 0 (cancelled at Amazon) are left out of `lines` (kept in raw).
 * - Dates are read leniently and written as UTC ISO; a cancelled order's cancelled_at is its
 *   LastUpdateDate (Orders v0 has no cancellation time).
 */
export function toMarketplaceOrder(order: AmazonOrder, items: AmazonOrderItem[] = []): MarketplaceOrder {
  const external_id = text(order?.AmazonOrderId)
  if (!external_id) throw new AmazonMappingError("Amazon order without AmazonOrderId")
  try {
    return mapOrder(order, items, external_id)
  } catch (e) {
    if (e instanceof AmazonMappingError) throw e
    throw new AmazonMappingError(`Order ${external_id}: ${(e as Error).message}`, external_id)
  }
}

function mapOrder(order: AmazonOrder, items: AmazonOrderItem[], external_id: string): MarketplaceOrder {
  const placed_at = toIsoDate(order.PurchaseDate)
  if (!placed_at) {
    throw new AmazonMappingError(`Order ${external_id}: PurchaseDate "${order.PurchaseDate}" is no date`, external_id)
  }
  const updated_at = toIsoDate(order.LastUpdateDate) ?? placed_at
  const status = amazonStatus(order.OrderStatus)
  const lines = items.filter((i) => Number(i.QuantityOrdered ?? 0) !== 0).map((i) => lineOf(i, external_id))
  const shipping_total = subtractDecimals(sum(items, "ShippingPrice"), sum(items, "ShippingDiscount", true))
  const tax_total = addDecimals([sum(items, "ItemTax"), sum(items, "ShippingTax")])
  const discounts = addDecimals(lines.map((l) => l.discount ?? "0"))
  const computed = addDecimals([
    subtractDecimals(addDecimals(lines.map((l) => l.line_total)), discounts),
    shipping_total,
    tax_total,
  ])

  const buyer: MarketplaceOrder["buyer"] = {}
  const email = text(order.BuyerInfo?.BuyerEmail)
  const name = text(order.BuyerInfo?.BuyerName)
  const phone = text(order.ShippingAddress?.Phone)
  if (email) buyer.email = email
  if (name) buyer.name = name
  if (phone) buyer.phone = phone

  const out: MarketplaceOrder = {
    source: "amazon",
    external_id,
    external_number: external_id,
    status,
    currency_code: currencyOf(order, items),
    placed_at,
    updated_at,
    buyer,
    lines,
    shipping_total,
    tax_total,
    total: amount(order.OrderTotal) ?? computed,
    raw: { order, items },
  }
  const shipping_address = addressOf(order.ShippingAddress)
  if (shipping_address) out.shipping_address = shipping_address
  if (status === "cancelled") out.cancelled_at = updated_at
  return out
}
