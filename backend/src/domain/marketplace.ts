/**
 * Marketplace orders as Ordo reads them, whichever adapter (Shopify, Amazon, a file) produced
 * them, and the pure rules of importing them exactly once: what to do with a delivery given what
 * was seen before, and how its lines map to our variants without ever inventing a product.
 */

export const CHANNEL_TYPES = ["shopify", "amazon", "file"] as const
export type ChannelType = (typeof CHANNEL_TYPES)[number]

/**
 * received → imported (a Medusa order exists) | exception (waits for staff) | ignored (staff
 * chose not to import it) | cancelled (cancelled at the marketplace, with its order if any).
 */
export const CHANNEL_ORDER_STATUSES = ["received", "waiting", "imported", "exception", "ignored", "cancelled"] as const
export type ChannelOrderStatus = (typeof CHANNEL_ORDER_STATUSES)[number]

export type MarketplaceAddress = {
  first_name?: string
  last_name?: string
  company?: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code?: string
  country_code: string
  phone?: string
}

/** The neutral order every adapter produces: ids as strings, money as decimal strings. */
export type MarketplaceOrder = {
  source: ChannelType
  external_id: string
  external_number: string
  status: "pending" | "open" | "shipped" | "cancelled"
  currency_code: string
  placed_at: string
  updated_at: string
  buyer: { email?: string; external_buyer_id?: string; name?: string; phone?: string }
  shipping_address?: MarketplaceAddress
  lines: {
    external_line_id: string
    sku: string | null
    title: string
    quantity: number
    unit_price: string
    discount?: string
  }[]
  shipping_total: string
  tax_total: string
  total: string
  cancelled_at?: string
  raw?: unknown
}

export type ImportProblem = {
  code: "unknown_sku" | "no_sku" | "bad_quantity" | "no_address" | "currency" | "stock" | "refused"
  message: string
  sku?: string | null
  line?: string
}

/** What an import does with one delivery of an order, given the record of it (if any). */
export type ImportAction =
  | { kind: "place" }
  | { kind: "wait"; reason: string }
  | { kind: "cancel" }
  | { kind: "record-cancelled" }
  | { kind: "duplicate"; reason: string }

type Seen = { status: ChannelOrderStatus; external_updated_at: Date | string | null; order_id: string | null }

/**
 * The one rule that makes imports idempotent and order-safe: an older or equal delivery never
 * changes anything; an order is placed once; a cancellation after placing cancels it (releasing
 * its stock); a cancellation before placing only records it; orders still pending at the
 * marketplace wait.
 */
export function importAction(seen: Seen | undefined, incoming: MarketplaceOrder): ImportAction {
  const newer =
    !seen?.external_updated_at || new Date(incoming.updated_at).getTime() > new Date(seen.external_updated_at).getTime()
  if (seen && seen.status === "cancelled") return { kind: "duplicate", reason: "already cancelled" }
  if (seen && seen.status === "ignored") return { kind: "duplicate", reason: "ignored by staff" }
  if (incoming.status === "cancelled") {
    if (seen?.order_id) return { kind: "cancel" }
    return { kind: "record-cancelled" }
  }
  if (seen?.order_id) return { kind: "duplicate", reason: "already imported" }
  if (seen && !newer && seen.status !== "received") return { kind: "duplicate", reason: "not newer than what was seen" }
  if (incoming.status === "pending") return { kind: "wait", reason: "pending at the marketplace" }
  return { kind: "place" }
}

export type VariantRef = { id: string; sku: string | null }

/**
 * Lines → our variants: by staff resolution first, then the connection's SKU alias, then our
 * own SKU (case-insensitive). An unknown or missing SKU is a problem for staff, never a new
 * product; so is a quantity that is not a positive whole number.
 */
export function mapLines(
  order: Pick<MarketplaceOrder, "lines">,
  ours: { bySku: Map<string, VariantRef>; aliases: Map<string, string>; resolved?: Record<string, string> },
) {
  const lines: { variant_id: string; quantity: number; unit_price: string; external_line_id: string }[] = []
  const problems: ImportProblem[] = []
  for (const l of order.lines) {
    if (!Number.isInteger(l.quantity) || l.quantity < 1) {
      problems.push({
        code: "bad_quantity",
        message: `Line "${l.title}": quantity ${l.quantity} is not a whole number`,
        line: l.external_line_id,
        sku: l.sku,
      })
      continue
    }
    const sku = l.sku?.trim() || null
    const key = sku ?? `line:${l.external_line_id}`
    const variantId =
      ours.resolved?.[key] ?? (sku ? (ours.aliases.get(sku) ?? ours.bySku.get(sku.toUpperCase())?.id) : undefined)
    if (!variantId) {
      problems.push(
        sku
          ? { code: "unknown_sku", message: `Unknown SKU "${sku}" (${l.title})`, sku, line: l.external_line_id }
          : { code: "no_sku", message: `Line "${l.title}" has no SKU`, sku: null, line: l.external_line_id },
      )
      continue
    }
    lines.push({
      variant_id: variantId,
      quantity: l.quantity,
      unit_price: l.unit_price,
      external_line_id: l.external_line_id,
    })
  }
  return { lines, problems }
}

/** The address an order ships to, in Medusa's shape; undefined when the marketplace gave none. */
export function shippingAddressOf(order: Pick<MarketplaceOrder, "shipping_address" | "buyer">) {
  const a = order.shipping_address
  if (!a?.address_1 || !a.city || !a.country_code) return undefined
  const [first, ...rest] = (order.buyer.name ?? "").trim().split(/\s+/)
  return {
    first_name: a.first_name ?? first ?? "",
    last_name: a.last_name ?? rest.join(" "),
    company: a.company ?? "",
    address_1: a.address_1,
    address_2: a.address_2 ?? "",
    city: a.city,
    province: a.province ?? "",
    postal_code: a.postal_code ?? "",
    country_code: a.country_code.toLowerCase(),
    phone: a.phone ?? order.buyer.phone ?? "",
  }
}
