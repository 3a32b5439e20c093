import { dec } from "./money"

/**
 * Pure pieces of the dashboard and its alerts: the months compared, the change between two
 * figures, the alert rules' defaults and their occurrence keys.
 */

/** First days (YYYY-MM-DD) of this month, last month and the same month last year, for a calendar day. */
export function comparedMonths(today: string) {
  const [y, m] = today.split("-").map(Number)
  const first = (year: number, month: number) => {
    const d = new Date(Date.UTC(year, month - 1, 1))
    return d.toISOString().slice(0, 10)
  }
  const next = first(y, m + 1)
  return { current: first(y, m), previous: first(y, m - 1), lastYear: first(y - 1, m), next }
}

/** Change from `before` to `now` in percent, one decimal ("12.5", "-30.0"); null when before is 0. */
export function percentChange(now: string | number, before: string | number): string | null {
  const b = dec(before)
  if (b.eq(0)) return null
  return dec(now).minus(b).div(b.abs()).times(100).toFixed(1)
}

/** Gross profit and margin (percent of sales, one decimal; null without sales). */
export function grossProfit(net: string, cost: string) {
  const profit = dec(net).minus(dec(cost))
  return { profit: profit.toFixed(2), margin: dec(net).eq(0) ? null : profit.div(dec(net)).times(100).toFixed(1) }
}

/** Won quotes as a percent of decided ones (one decimal), null when none were decided. */
export const winRate = (won: number, lost: number) =>
  won + lost === 0 ? null : ((won * 100) / (won + lost)).toFixed(1)

export type AlertRules = {
  /** Fire when a product's orders fell by at least this many percent. */
  threshold_percent: number
  /** Length of the compared periods, in days. */
  period_days: number
  /** The previous period needs at least this many orders (below, a drop means little). */
  min_orders: number
}

export const DEFAULT_ALERT_RULES: AlertRules = { threshold_percent: 30, period_days: 30, min_orders: 5 }

/** The stored setting with defaults for what is missing or not a sensible number. */
export function alertRules(stored: unknown): AlertRules {
  const s = (stored ?? {}) as Record<string, unknown>
  const pick = (k: keyof AlertRules, min: number, max: number) => {
    const n = Number(s[k])
    return Number.isInteger(n) && n >= min && n <= max ? n : DEFAULT_ALERT_RULES[k]
  }
  return {
    threshold_percent: pick("threshold_percent", 1, 100),
    period_days: pick("period_days", 1, 365),
    min_orders: pick("min_orders", 1, 100000),
  }
}

/** One occurrence of an alert: raised and sent once. */
export const occurrenceKey = {
  productDrop: (productId: string, bucketEnd: string) => `product_order_drop:${productId}:${bucketEnd}`,
  cadence: (companyId: string, lastOrderDay: string) => `customer_cadence_drop:${companyId}:${lastOrderDay}`,
  hold: (companyId: string, heldAt: string) => `company_on_hold:${companyId}:${heldAt}`,
}

/** The drop in percent, one decimal ("100.0" when nothing was ordered). */
export const dropPercent = (previous: number, current: number) =>
  previous === 0 ? "0.0" : (((previous - current) * 100) / previous).toFixed(1)

/** The instant a calendar day starts in a time zone (ISO), e.g. a month's first day in Shanghai. */
export function midnightIn(day: string, timeZone: string): string {
  const guess = new Date(`${day}T00:00:00Z`)
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(guess)
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0)
  const seen = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"))
  return new Date(guess.getTime() - (seen - guess.getTime())).toISOString()
}
