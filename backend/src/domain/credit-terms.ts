import { dec } from "./money"
export const PAYMENT_TERMS = ["prepaid", "cod", "deposit", "net", "eom"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

export type Terms = { terms: PaymentTerms; net_days: number }

const DAY = 86_400_000

/**
 * When an invoice issued at `issuedAt` falls due: prepaid and cash on delivery on issue; net N
 * (and the balance of deposit terms) N days later; end of month + N: N days after the last day
 * of the month of issue (UTC). Dates are whole days: the due moment is the end of that day.
 */
export function dueDate(issuedAt: Date, t: Terms): Date {
  const endOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 23, 59, 59, 999))
  switch (t.terms) {
    case "prepaid":
    case "cod":
      return endOfDay(issuedAt)
    case "net":
    case "deposit":
      return endOfDay(new Date(issuedAt.getTime() + t.net_days * DAY))
    case "eom": {
      const monthEnd = new Date(Date.UTC(issuedAt.getUTCFullYear(), issuedAt.getUTCMonth() + 1, 0))
      return endOfDay(new Date(monthEnd.getTime() + t.net_days * DAY))
    }
  }
}

/** Whole days past the due date at `now` (0 when not yet due). */
export function daysOverdue(dueAt: Date, now: Date): number {
  const late = now.getTime() - dueAt.getTime()
  return late <= 0 ? 0 : Math.ceil(late / DAY)
}

/** Credit still available under a limit (negative when over it); null without a limit. */
export function availableCredit(limit: unknown, exposure: unknown): string | null {
  if (limit == null || limit === "") return null
  return dec(limit).minus(dec(exposure)).toFixed()
}
