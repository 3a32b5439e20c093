/**
 * Provider dates as UTC ISO-8601 ("2016-07-23T00:00:00.000Z"), tolerant of the usual quirks:
 * a space instead of "T" ("2016-07-23 00:00:00", as older Shippo tracks carry), no milliseconds
 * or more than three fraction digits, no zone (read as UTC), "+0000" instead of "+00:00", a date
 * without a time. Undefined when it is no date. (Same rules as @ordo/shopify's.)
 */
const LOOSE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i

export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  if (typeof value !== "string" || !value.trim()) return undefined
  const m = LOOSE.exec(value.trim())
  if (!m) {
    const t = Date.parse(value)
    return Number.isNaN(t) ? undefined : new Date(t).toISOString()
  }
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone] = m
  let offset = "Z"
  if (zone && /^[+-]/.test(zone)) {
    const digits = zone.slice(1).replace(":", "")
    offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`
  }
  const text = `${y}-${mo}-${d}T${h}:${mi}:${s}.${frac.padEnd(3, "0").slice(0, 3)}${offset}`
  const t = Date.parse(text)
  if (Number.isNaN(t)) return undefined
  // Date.parse rolls 2017-02-30 over to March; a date that does not exist is no date.
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return undefined
  return new Date(t).toISOString()
}
