import Big from "big.js"
import type { Amount } from "./types"

/** Medusa amounts are decimal major units (12.5 = 12.50), sent as numbers or numeric strings. */
export function toNumber(amount: Amount): number | null {
  if (amount === null || amount === undefined || amount === "") return null
  const n = typeof amount === "number" ? amount : Number(amount)
  return Number.isFinite(n) ? n : null
}

export function formatMoney(amount: Amount, currencyCode: string | null | undefined, locale: string): string {
  const n = toNumber(amount)
  if (n === null) return "—"
  const currency = (currencyCode || "").toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) return n.toFixed(2)
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(n)
}

/** A contract price is shown beside the list price only when they really differ. */
export function hasDiscount(calculated: Amount, original: Amount): boolean {
  const c = toNumber(calculated)
  const o = toNumber(original)
  return c !== null && o !== null && Math.abs(c - o) > 1e-9
}

/** An amount as an exact decimal; Medusa sends numbers or numeric strings. */
function dec(amount: Amount): Big {
  const n = toNumber(amount)
  return new Big(n === null ? 0 : typeof amount === "string" ? amount : n)
}

export interface PricedLine {
  id: string
  unit_price: Amount
  quantity: number | string
  /** Medusa's flag: the unit price already contains the tax (CNY prices are quoted 含税). */
  is_tax_inclusive?: boolean | null
  /** The line's tax as Medusa computed it (unrounded). */
  tax_total?: Amount
}

export interface PricedDocument<L extends PricedLine = PricedLine> {
  items?: L[] | null
  shipping_total?: Amount
  discount_total?: Amount
  tax_total?: Amount
  total?: Amount
}

/**
 * One way of showing money on every buyer page (cart, checkout, order, quote, invoice): prices as
 * they are quoted, a line total that is exactly unit price × quantity, and a summary that adds up
 * on screen. When the prices include VAT the summary reads "Goods (incl. VAT) + Shipping −
 * Discount = Total, of which VAT"; otherwise "Subtotal + Shipping − Discount + Tax = Total".
 */
export interface MoneySummary {
  taxIncluded: boolean
  lineTotals: Record<string, string>
  goods: string
  shipping: string
  discount: string
  tax: string
  total: string
}

export function lineTotal(unitPrice: Amount, quantity: number | string): string {
  return dec(unitPrice)
    .times(new Big(quantity || 0))
    .toFixed(2)
}

export function summarize(doc: PricedDocument): MoneySummary {
  const items = doc.items ?? []
  const taxIncluded = items.length > 0 && items.every((i) => i.is_tax_inclusive === true)
  const lineTotals: Record<string, string> = {}
  let goods = new Big(0)
  for (const item of items) {
    const t = lineTotal(item.unit_price, item.quantity)
    lineTotals[item.id] = t
    goods = goods.plus(t)
  }
  const shipping = dec(doc.shipping_total)
  const discount = dec(doc.discount_total)
  // VAT inside the prices is stated per line, rounded to the cent, then added — as the invoice
  // states it (Chinese invoices compute 税额 per line) — so the order and its invoice agree.
  const perLine = taxIncluded && items.every((i) => toNumber(i.tax_total ?? null) !== null)
  const tax = perLine
    ? items.reduce((sum, i) => sum.plus(dec(i.tax_total ?? 0).round(2)), new Big(0))
    : dec(doc.tax_total)
  const total =
    toNumber(doc.total) === null
      ? goods
          .plus(shipping)
          .minus(discount)
          .plus(taxIncluded ? 0 : tax)
      : dec(doc.total)
  return {
    taxIncluded,
    lineTotals,
    goods: goods.toFixed(2),
    shipping: shipping.toFixed(2),
    discount: discount.toFixed(2),
    tax: tax.toFixed(2),
    total: total.toFixed(2),
  }
}
