import { MedusaError } from "@medusajs/framework/utils"
import { currencyDecimals, dec, sumAmounts, toAmount, tooManyDecimals } from "./money"

/** A priced quote line as stored in a quote version. Amounts are decimal strings. */
export type QuoteLine = {
  variant_id: string
  sku: string
  title: string
  quantity: number
  list_price: string
  unit_price: string
  discount_percent: string
  tax_inclusive: boolean
}

export type QuoteLineInput = {
  variant_id: string
  quantity: number
  unit_price?: string
  discount_percent?: string
}

export type CatalogPrice = {
  variant_id: string
  sku: string
  title: string
  list_price: string
  tax_inclusive: boolean
}

/**
 * Prices quote lines from the list price and either a proposed unit price or a discount
 * percent (the other is derived). Refuses with the line number named: prices with more
 * decimals than the currency, discounts outside 0–100 %.
 */
export function priceQuoteLines(input: QuoteLineInput[], catalog: Map<string, CatalogPrice>, currency: string) {
  const lines: QuoteLine[] = input.map((l, i) => {
    const at = `lines.${i}`
    const c = catalog.get(l.variant_id)
    if (!c) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.variant_id: no such product variant for sale`)
    let unit: string
    if (l.unit_price != null) {
      if (tooManyDecimals(l.unit_price, currency)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${at}.unit_price: ${currency.toUpperCase()} has ${currencyDecimals(currency)} decimals`,
        )
      }
      unit = toAmount(l.unit_price, currency)
    } else {
      const pct = dec(l.discount_percent ?? 0)
      if (pct.lt(0) || pct.gt(100)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.discount_percent: must be between 0 and 100`)
      }
      unit = toAmount(dec(c.list_price).times(dec(100).minus(pct)).dividedBy(100), currency)
    }
    const list = dec(c.list_price)
    const discount = list.lte(0) ? dec(0) : list.minus(dec(unit)).dividedBy(list).times(100)
    return {
      variant_id: c.variant_id,
      sku: c.sku,
      title: c.title,
      quantity: l.quantity,
      list_price: toAmount(c.list_price, currency),
      unit_price: unit,
      discount_percent: discount.toFixed(2, 4),
      tax_inclusive: c.tax_inclusive,
    }
  })
  const total = toAmount(sumAmounts(lines.map((l) => dec(l.unit_price).times(l.quantity))), currency)
  return { lines, total }
}

export type LineChange =
  | { kind: "added"; sku: string; quantity: number; unit_price: string }
  | { kind: "removed"; sku: string }
  | { kind: "changed"; sku: string; field: "quantity" | "unit_price"; from: string; to: string }

/** What a buyer needs to see between two versions: lines added, removed, re-priced or re-quantified. */
export function diffQuoteLines(before: QuoteLine[], after: QuoteLine[]): LineChange[] {
  const changes: LineChange[] = []
  const old = new Map(before.map((l) => [l.variant_id, l]))
  for (const l of after) {
    const o = old.get(l.variant_id)
    if (!o) {
      changes.push({ kind: "added", sku: l.sku, quantity: l.quantity, unit_price: l.unit_price })
      continue
    }
    old.delete(l.variant_id)
    if (o.quantity !== l.quantity)
      changes.push({ kind: "changed", sku: l.sku, field: "quantity", from: String(o.quantity), to: String(l.quantity) })
    if (!dec(o.unit_price).eq(dec(l.unit_price)))
      changes.push({ kind: "changed", sku: l.sku, field: "unit_price", from: o.unit_price, to: l.unit_price })
  }
  for (const o of old.values()) changes.push({ kind: "removed", sku: o.sku })
  return changes
}
