import { daysOverdue } from "./credit-terms"
import { balanceOf } from "./invoice-math"

const DAY = 86_400_000

/** Days from the due date to `now`: negative before it, 1 on the first day after it. */
export const daysFromDue = (dueAt: Date, now: Date) => Math.ceil((now.getTime() - dueAt.getTime()) / DAY)

export type DunningLevel = { id: string; name: string; offset_days: number; tone: string; hold: boolean }
export type DunningInvoice = {
  id: string
  number: string
  company_id: string
  currency_code: string
  total: unknown
  paid_total: unknown
  due_at: Date | string
}
export type DunningAccount = { auto_hold_days: number; dunning_paused: boolean }
export type DunningCompany = {
  id: string
  legal_name: string
  locale: string
  buyers: { role: string; email?: string | null }[]
}

export type PlannedNotice = {
  invoice: DunningInvoice
  level: DunningLevel
  company: DunningCompany
  recipients: string[]
  days_overdue: number
}

/** Company admins and finance get reminders; a company with neither gets them at every buyer. */
export function recipientsOf(company: DunningCompany): string[] {
  const chosen = company.buyers.filter((b) => b.role === "admin" || b.role === "finance")
  return [...new Set((chosen.length ? chosen : company.buyers).map((b) => b.email).filter((e): e is string => !!e))]
}

/**
 * The reminders due now: for each open invoice of a company whose dunning is not paused, the
 * highest policy level now due — unless that level, or a higher one, was sent already (a level
 * below one already sent is never sent late). And the companies to put on credit hold: any
 * invoice more than the account's auto_hold_days overdue, or a level marked `hold` being sent.
 */
export function planDunning(input: {
  now: Date
  levels: DunningLevel[]
  invoices: DunningInvoice[]
  companies: Map<string, DunningCompany>
  accounts: Map<string, DunningAccount>
  /** Offsets of the levels already sent, per invoice. */
  sent: Map<string, number[]>
}) {
  const levels = [...input.levels].sort((a, b) => a.offset_days - b.offset_days)
  const notices: PlannedNotice[] = []
  const holds = new Map<string, string>()
  for (const inv of input.invoices) {
    if (!balanceOf(inv).gt(0)) continue
    const account = input.accounts.get(inv.company_id)
    const company = input.companies.get(inv.company_id)
    if (!account || !company) continue
    const overdue = daysOverdue(new Date(inv.due_at), input.now)
    if (overdue > account.auto_hold_days) holds.set(inv.company_id, `Invoice ${inv.number} is ${overdue} days overdue`)
    if (account.dunning_paused) continue
    const days = daysFromDue(new Date(inv.due_at), input.now)
    const due = levels.filter((l) => days >= l.offset_days)
    const level = due[due.length - 1]
    if (!level) continue
    const highestSent = Math.max(-Infinity, ...(input.sent.get(inv.id) ?? []))
    if (highestSent >= level.offset_days) continue
    notices.push({ invoice: inv, level, company, recipients: recipientsOf(company), days_overdue: overdue })
    if (level.hold) holds.set(inv.company_id, `${level.name}: invoice ${inv.number} is ${overdue} days overdue`)
  }
  return { notices, holds: [...holds].map(([company_id, reason]) => ({ company_id, reason })) }
}
