import { dec, sumAmounts, toAmount } from "./money"

export type BillableLine = {
  sku?: string | null
  title: string
  quantity: number
  unit_price: string
  /** VAT/GST percent, e.g. "13". */
  tax_rate: string
  /** Whether unit_price already includes the tax (CNY catalogue prices do). */
  tax_inclusive: boolean
}

/**
 * Invoice lines and totals in decimal, rounded per line to the currency's digits, so the
 * invoice total is exactly the sum of what the lines print (3 × 33.33 = 99.99, not 99.990000001).
 * Tax-inclusive prices: total = price × qty, tax = total × rate / (100 + rate). Exclusive:
 * subtotal = price × qty, tax = subtotal × rate / 100.
 */
export function invoiceTotals(lines: BillableLine[], currency: string) {
  const priced = lines.map((l) => {
    const gross = dec(l.unit_price).times(l.quantity)
    const rate = dec(l.tax_rate)
    const tax = l.tax_inclusive ? gross.times(rate).dividedBy(rate.plus(100)) : gross.times(rate).dividedBy(100)
    const taxRounded = toAmount(tax, currency)
    const total = l.tax_inclusive
      ? toAmount(gross, currency)
      : toAmount(dec(toAmount(gross, currency)).plus(taxRounded), currency)
    const subtotal = toAmount(dec(total).minus(taxRounded), currency)
    return {
      sku: l.sku ?? null,
      title: l.title,
      quantity: l.quantity,
      unit_price: toAmount(l.unit_price, currency),
      tax_rate: dec(l.tax_rate).toString(),
      subtotal,
      tax_total: taxRounded,
      total,
    }
  })
  return {
    lines: priced,
    subtotal: toAmount(sumAmounts(priced.map((l) => l.subtotal)), currency),
    tax_total: toAmount(sumAmounts(priced.map((l) => l.tax_total)), currency),
    total: toAmount(sumAmounts(priced.map((l) => l.total)), currency),
  }
}

export type OpenInvoice = { id: string; due_at: Date; issued_at: Date; balance: string }

/**
 * Splits a payment over open invoices, oldest due first (then oldest issued), never more than
 * an invoice's balance. Returns the allocations and what is left over (company credit).
 */
export function allocateOldestFirst(amount: string, open: OpenInvoice[]) {
  let left = dec(amount)
  const allocations: { invoice_id: string; amount: string }[] = []
  const ordered = [...open].sort(
    (a, b) => a.due_at.getTime() - b.due_at.getTime() || a.issued_at.getTime() - b.issued_at.getTime(),
  )
  for (const inv of ordered) {
    if (left.lte(0)) break
    const balance = dec(inv.balance)
    if (balance.lte(0)) continue
    const take = left.lt(balance) ? left : balance
    allocations.push({ invoice_id: inv.id, amount: take.toFixed() })
    left = left.minus(take)
  }
  return { allocations, unallocated: left.toFixed() }
}
