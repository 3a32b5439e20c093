/**
 * What a buyer or a clerk may ask of an order besides its lines: a delivery date and a note
 * for the warehouse. Both travel in the order's metadata (`requested_delivery_date`, `note`).
 */

export const ORDER_NOTE_MAX = 1000

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The earliest day one may ask for: today where the day began last (UTC−12), so nobody
 * anywhere is refused their own today, and yesterday is refused everywhere.
 */
export const earliestDeliveryDay = (now: Date) => new Date(now.getTime() - 12 * 3600_000).toISOString().slice(0, 10)

/** What is wrong with a requested delivery date (YYYY-MM-DD), or null when it may be asked for. */
export function deliveryDateProblem(value: string, now: Date, field = "requested_delivery_date"): string | null {
  const m = DAY.exec(value)
  const parsed = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
  if (!m || !parsed || parsed.toISOString().slice(0, 10) !== value) {
    return `${field}: a date such as 2026-12-24`
  }
  if (value < earliestDeliveryDay(now)) return `${field}: must be today or later, not a day in the past`
  if (value > "2100-12-31") return `${field}: at the latest 2100-12-31`
  return null
}
