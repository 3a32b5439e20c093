import { dec } from "./money"

/**
 * What one placed order adds to the sales rollups that reports and the dashboard read, and what
 * changes when the order changes (shipped at its real FIFO cost, returned, edited, cancelled).
 * Pure: the reporting module applies the deltas with `+=` upserts in one transaction.
 *
 * The order's dimensions are fixed when it is placed: its day (in the seller's time zone), the
 * sales rep who owned the customer then, the region it shipped to, the channel and currency.
 */
export type FactLine = {
  line_id: string
  product_id: string
  variant_id: string
  /** The product's first category; "" when it has none. */
  category_id: string
  quantity: number
  /** Net of VAT and discounts, after returns (decimal string). */
  net_amount: string
  /** FIFO cost of goods: shipped units at their layers' cost, the rest estimated (decimal string). */
  cost_amount: string
}

export type OrderFacts = {
  order_id: string
  placed_at: string
  /** The seller's calendar day of placed_at (YYYY-MM-DD). */
  day: string
  company_id: string
  customer_id: string
  rep_id: string
  region: string
  channel_id: string
  currency_code: string
  /** Every unit has gone out (a fulfilment for each); the dashboard counts the others as waiting for shipment. */
  shipped?: boolean
  lines: FactLine[]
}

/** Every category row plus the whole-order row, marked with this category id. */
export const ALL_CATEGORIES = "*"

/**
 * Product rows are kept per rep and once more for all reps together, marked with this rep id, so
 * a product ranking without a rep filter reads one row per product and period (not one per rep).
 */
export const ALL_REPS = "*"

export type SalesKey = {
  currency_code: string
  period: string
  channel_id: string
  region: string
  rep_id: string
  category_id: string
}
export type Sums = { orders: number; quantity: number; net_amount: string; cost_amount: string }
export type SalesDelta = SalesKey & Sums
export type ProductDelta = {
  currency_code: string
  period: string
  product_id: string
  rep_id: string
  category_id: string
} & Sums
export type CustomerDelta = { currency_code: string; period: string; company_id: string; rep_id: string } & Sums

export type RollupDeltas = {
  sales_day: SalesDelta[]
  sales_month: SalesDelta[]
  product_day: ProductDelta[]
  product_month: ProductDelta[]
  customer_month: CustomerDelta[]
}

/** The first day of the month of a YYYY-MM-DD day. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayIn(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(instant),
  )
}

type Acc<K> = Map<string, K & Sums>

function add<K extends object>(acc: Acc<K>, key: K, sums: Sums, sign: 1 | -1) {
  const id = JSON.stringify(key)
  const cur = acc.get(id) ?? ({ ...key, orders: 0, quantity: 0, net_amount: "0", cost_amount: "0" } as K & Sums)
  cur.orders += sign * sums.orders
  cur.quantity += sign * sums.quantity
  cur.net_amount = dec(cur.net_amount).plus(dec(sums.net_amount).times(sign)).toFixed()
  cur.cost_amount = dec(cur.cost_amount).plus(dec(sums.cost_amount).times(sign)).toFixed()
  acc.set(id, cur)
}

const sumLines = (lines: FactLine[]): Sums => ({
  orders: 1,
  quantity: lines.reduce((a, l) => a + l.quantity, 0),
  net_amount: lines.reduce((a, l) => a.plus(dec(l.net_amount)), dec(0)).toFixed(),
  cost_amount: lines.reduce((a, l) => a.plus(dec(l.cost_amount)), dec(0)).toFixed(),
})

function groupBy<T>(xs: T[], key: (x: T) => string) {
  const out = new Map<string, T[]>()
  for (const x of xs) out.set(key(x), [...(out.get(key(x)) ?? []), x])
  return out
}

function contribute(f: OrderFacts, sign: 1 | -1, acc: { [K in keyof RollupDeltas]: Acc<any> }) {
  if (!f.lines.length) return
  const month = monthOf(f.day)
  const dims = { currency_code: f.currency_code, channel_id: f.channel_id, region: f.region, rep_id: f.rep_id }
  const whole = sumLines(f.lines)
  const byCategory = groupBy(f.lines, (l) => l.category_id)
  for (const [period, target] of [
    [f.day, acc.sales_day],
    [month, acc.sales_month],
  ] as const) {
    add(target, { ...dims, period, category_id: ALL_CATEGORIES }, whole, sign)
    for (const [category_id, lines] of byCategory) add(target, { ...dims, period, category_id }, sumLines(lines), sign)
  }
  for (const [product_id, lines] of groupBy(f.lines, (l) => l.product_id)) {
    const key = {
      currency_code: f.currency_code,
      product_id,
      rep_id: f.rep_id,
      category_id: lines[0]?.category_id ?? "",
    }
    for (const rep_id of [f.rep_id, ALL_REPS]) {
      add(acc.product_day, { ...key, rep_id, period: f.day }, sumLines(lines), sign)
      add(acc.product_month, { ...key, rep_id, period: month }, sumLines(lines), sign)
    }
  }
  add(
    acc.customer_month,
    { currency_code: f.currency_code, period: month, company_id: f.company_id, rep_id: f.rep_id },
    whole,
    sign,
  )
}

const nonZero = (d: Sums) =>
  d.orders !== 0 || d.quantity !== 0 || !dec(d.net_amount).isZero() || !dec(d.cost_amount).isZero()

/**
 * The change to every rollup row when an order's facts go from `before` (null: not counted
 * yet) to `after` (null: no longer counted, e.g. cancelled). Rows that do not change are left
 * out; rows come sorted so concurrent writers lock them in the same order.
 */
export function rollupDeltas(before: OrderFacts | null, after: OrderFacts | null): RollupDeltas {
  const acc = {
    sales_day: new Map(),
    sales_month: new Map(),
    product_day: new Map(),
    product_month: new Map(),
    customer_month: new Map(),
  }
  if (before) contribute(before, -1, acc)
  if (after) contribute(after, 1, acc)
  const sorted = (m: Map<string, any>) =>
    [...m.entries()]
      .filter(([, v]) => nonZero(v))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v)
  return {
    sales_day: sorted(acc.sales_day),
    sales_month: sorted(acc.sales_month),
    product_day: sorted(acc.product_day),
    product_month: sorted(acc.product_month),
    customer_month: sorted(acc.customer_month),
  }
}
