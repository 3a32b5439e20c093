/**
 * The period a report covers and how it is cut: day, ISO week (Monday) or month buckets, first
 * and last day inclusive. Month buckets cover whole months (the range is widened to the 1st and
 * the month's last day) because they are read from the monthly rollups. Each bucket size has a
 * longest range, so a chart never has more than about a hundred points.
 */
export type ReportPeriod = "day" | "week" | "month"

export const LONGEST: Record<ReportPeriod, { days: number; words: string }> = {
  day: { days: 92, words: "92 days; choose week or month buckets for longer" },
  week: { days: 371, words: "53 weeks; choose month buckets for longer" },
  month: { days: 1127, words: "37 months" },
}

/** A refusal naming the query field it is about. */
export class PeriodError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`)
  }
}

const DAY = 86_400_000
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`)
export const addDays = (d: string, n: number) => iso(parse(d) + n * DAY)
export const monthStart = (d: string) => `${d.slice(0, 7)}-01`
export const monthEnd = (d: string) => {
  const [y, m] = d.split("-").map(Number)
  return iso(Date.UTC(y, m, 0))
}
export const addMonths = (d: string, n: number) => {
  const [y, m] = d.split("-").map(Number)
  return iso(Date.UTC(y, m - 1 + n, 1))
}

/**
 * The report's range from what was asked (`today` is the seller's calendar day). Defaults: the
 * last 30 days by day, the last 12 weeks by week, the last 12 months by month.
 */
export function reportRange(
  asked: { from?: string; to?: string; period?: ReportPeriod },
  today: string,
): { from: string; to: string; period: ReportPeriod; wholeMonths: boolean } {
  const period = asked.period ?? "day"
  let to = asked.to?.slice(0, 10) ?? today
  let from =
    asked.from?.slice(0, 10) ??
    (period === "day" ? addDays(to, -29) : period === "week" ? addDays(to, -83) : addMonths(monthStart(to), -11))
  if (Number.isNaN(parse(from))) throw new PeriodError("from", "a date such as 2026-01-01")
  if (Number.isNaN(parse(to))) throw new PeriodError("to", "a date such as 2026-12-31")
  if (to < from) throw new PeriodError("to", "must not be before from")
  if (period === "month") {
    from = monthStart(from)
    to = monthEnd(to)
  }
  const days = (parse(to) - parse(from)) / DAY + 1
  if (days > LONGEST[period].days)
    throw new PeriodError("to", `${period} buckets cover at most ${LONGEST[period].words}`)
  return { from, to, period, wholeMonths: from === monthStart(from) && to === monthEnd(to) }
}

/** The seller's calendar day of an instant, in a time zone (YYYY-MM-DD). */
export const todayIn = (timeZone: string, now = new Date()) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
