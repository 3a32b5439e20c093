import { createHash } from "node:crypto"
import { type Decimal, dec, toAmount } from "./money"

/**
 * The rules every order passes before it exists, whatever door it comes through. Pure: the
 * place-order workflow's steps (workflows/order/steps) call these and turn a problem into a
 * refusal. A channel differs from another only where its policy below says so.
 */
export const ORDER_CHANNELS = ["storefront", "quote", "staff", "marketplace"] as const
export type OrderChannel = (typeof ORDER_CHANNELS)[number]

export type ChannelPolicy = {
  /** Whether the buyer's purchase-order number is required, optional, or not asked for. */
  po_number: "required" | "optional" | "none"
  /**
   * Where unit prices come from: the company's price list (catalog), the quote version, a
   * staff member's typed price (else the price list), or the marketplace's order.
   */
  prices: "catalog" | "quote" | "staff" | "marketplace"
}

export const CHANNEL_POLICY: Record<OrderChannel, ChannelPolicy> = {
  storefront: { po_number: "required", prices: "catalog" },
  quote: { po_number: "required", prices: "quote" },
  // Orders taken on the phone often have no PO yet; staff enter it when there is one.
  staff: { po_number: "optional", prices: "staff" },
  // Marketplace orders carry the marketplace's own order number instead.
  marketplace: { po_number: "none", prices: "marketplace" },
}

/** Gates a caller may switch off, each only by naming it with a reason (see PlaceOrderInput.skip). */
export const SKIPPABLE_GATES = ["approval"] as const
export type SkippableGate = (typeof SKIPPABLE_GATES)[number]

export const MAX_LINE_QUANTITY = 100_000
export const MAX_ORDER_LINES = 1_000
export const PO_NUMBER_MAX = 50
export const PO_NUMBER_PATTERN = /^[\p{L}\p{N} ._/#-]+$/u

/** Lines must be whole units, 1 to MAX_LINE_QUANTITY each, at most MAX_ORDER_LINES of them. */
export function quantityProblems(lines: { sku?: string | null; quantity: unknown }[]): string[] {
  const problems: string[] = []
  if (!lines.length) problems.push("lines: the order has no lines")
  if (lines.length > MAX_ORDER_LINES) problems.push(`lines: at most ${MAX_ORDER_LINES} lines per order`)
  lines.forEach((l, i) => {
    const q = l.quantity
    if (typeof q !== "number" || !Number.isInteger(q) || q < 1 || q > MAX_LINE_QUANTITY) {
      problems.push(
        `lines.${i}.quantity: ${l.sku ? `${l.sku}: ` : ""}${JSON.stringify(q)} is not a whole number from 1 to ${MAX_LINE_QUANTITY}`,
      )
    }
  })
  return problems
}

/** The PO number under the channel's policy: null when it is fine, else what is wrong. */
export function poNumberProblem(po: string | null | undefined, policy: ChannelPolicy["po_number"]): string | null {
  const value = (po ?? "").trim()
  if (!value) return policy === "required" ? "po_number: enter your purchase-order number" : null
  if (policy === "none") return null
  if (value.length > PO_NUMBER_MAX) return `po_number: at most ${PO_NUMBER_MAX} characters`
  if (!PO_NUMBER_PATTERN.test(value)) return "po_number: letters, digits, spaces and . _ / # - only"
  return null
}

/**
 * A retail buyer (a customer without a company, ordering under the seller's retail account)
 * has no company admin to approve: that level goes to a sales manager.
 */
export function chainForAccount<R extends string>(chain: R[], retail: boolean): R[] {
  if (!retail) return chain
  const mapped = chain.map((r) => (r === "company_admin" ? ("sales_manager" as R) : r))
  return mapped.filter((r, i) => mapped.indexOf(r) === i)
}

/** Whether every role a chain needs has already approved (the last approval's re-check). */
export const chainCovered = (needed: string[], approved: string[]) => needed.every((r) => approved.includes(r))

export type FingerprintInput = {
  customer_id: string | null
  currency_code: string
  region_id?: string | null
  sales_channel_id?: string | null
  shipping_country?: string | null
  items: { variant_id: string | null; quantity: unknown; unit_price: unknown; is_tax_inclusive?: boolean }[]
  shipping: { amount: unknown }[]
}

const amount = (x: unknown) => {
  const s = String(x ?? "0")
  // 12.50, 12.5 and "12.500" are the same money.
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s
}

/**
 * What an approver approves: buyer, currency, channel, destination, every line (variant,
 * quantity, price) and the freight. Stored with the approval request; an order whose
 * fingerprint has moved since is not the order that was approved.
 */
export function orderFingerprint(o: FingerprintInput): string {
  const items = o.items
    .map((i) => [i.variant_id ?? "", amount(i.quantity), amount(i.unit_price), i.is_tax_inclusive ? 1 : 0].join(":"))
    .sort()
  const shipping = o.shipping.map((s) => amount(s.amount)).sort()
  const canonical = JSON.stringify([
    o.customer_id ?? "",
    o.currency_code.toLowerCase(),
    o.region_id ?? "",
    o.sales_channel_id ?? "",
    (o.shipping_country ?? "").toLowerCase(),
    items,
    shipping,
  ])
  return createHash("sha256").update(canonical).digest("hex")
}

/**
 * The order total the approval and credit rules compare: lines and freight, with VAT added
 * where prices exclude it (at the destination's default rate), in the order's currency.
 */
export function orderTotal(
  lines: { quantity: number; unit_price: string; tax_inclusive: boolean }[],
  freight: string,
  taxRatePercent: string,
  currency: string,
): string {
  const rate = dec(taxRatePercent).dividedBy(100)
  const withTax = (x: Decimal, inclusive: boolean) => (inclusive ? x : x.plus(x.times(rate)))
  const goods = lines.reduce(
    (sum, l) => sum.plus(withTax(dec(l.unit_price).times(l.quantity), l.tax_inclusive)),
    dec(0),
  )
  const freightInclusive = lines.length ? lines[0].tax_inclusive : true
  return toAmount(goods.plus(withTax(dec(freight), freightInclusive)), currency)
}

export type Trigger = { type: string; rule_id: string; rule_name: string; detail: string; levels: string[] }

/** The fixed order approvers decide in. */
export const APPROVAL_ORDER = ["company_admin", "sales_manager", "finance"] as const

/**
 * The approval chain the firing rules need together: the union of their levels in the fixed
 * order company admin → sales manager → finance. A company admin placing the order is that
 * level's decision already; a retail buyer's company-admin level goes to a sales manager.
 * Returns the chain and the triggers that still ask for someone.
 */
export function approvalChain(triggers: Trigger[], buyer: { role: string; retail: boolean }) {
  const levelsOf = (t: Trigger) =>
    chainForAccount(t.levels, buyer.retail).filter((r) => !(r === "company_admin" && buyer.role === "admin"))
  const roles = new Set(triggers.flatMap(levelsOf))
  const chain: string[] = APPROVAL_ORDER.filter((r) => roles.has(r))
  return { chain, triggers: triggers.filter((t) => levelsOf(t).length > 0) }
}
