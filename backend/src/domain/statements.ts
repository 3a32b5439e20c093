import { daysOverdue } from "./credit-terms"
import { dec, sumAmounts, toAmount } from "./money"

const DAY = 86_400_000

export type LedgerInvoice = {
  id: string
  number: string
  kind: "invoice" | "credit_note" | "deposit"
  status: string
  total: unknown
  paid_total: unknown
  currency_code: string
  issued_at: Date | string
  due_at: Date | string
  company_id?: string
}
export type LedgerPayment = {
  id: string
  reference?: string | null
  method: string
  amount: unknown
  unallocated: unknown
  received_at: Date | string
  reversed_at?: Date | string | null
  allocations?: { invoice_id: string; amount: unknown }[]
}

const t = (d: Date | string) => new Date(d).getTime()
const isOpen = (i: LedgerInvoice) =>
  (i.status === "issued" || i.status === "partially_paid") && i.kind !== "credit_note"
const balance = (i: LedgerInvoice) => dec(i.total).minus(dec(i.paid_total))

export const AGEING_BUCKETS = ["current", "1_30", "31_60", "61_90", "90_plus"] as const

/** Open balances by how late they are: not yet due, 1–30, 31–60, 61–90, more than 90 days. */
export function ageing(invoices: LedgerInvoice[], now: Date, currency: string) {
  const sums = Object.fromEntries(AGEING_BUCKETS.map((b) => [b, dec(0)])) as Record<
    (typeof AGEING_BUCKETS)[number],
    any
  >
  for (const inv of invoices.filter(isOpen)) {
    const days = daysOverdue(new Date(inv.due_at), now)
    const bucket =
      days === 0 ? "current" : days <= 30 ? "1_30" : days <= 60 ? "31_60" : days <= 90 ? "61_90" : "90_plus"
    sums[bucket] = sums[bucket].plus(balance(inv))
  }
  const out = Object.fromEntries(AGEING_BUCKETS.map((b) => [b, toAmount(sums[b], currency)])) as Record<
    (typeof AGEING_BUCKETS)[number],
    string
  >
  return { ...out, total: toAmount(sumAmounts(Object.values(sums)), currency) }
}

/** What of an ageing is past due: every bucket but "current". */
export function overdueOf(a: Record<(typeof AGEING_BUCKETS)[number], string>, currency: string) {
  return toAmount(sumAmounts(AGEING_BUCKETS.filter((b) => b !== "current").map((b) => a[b])), currency)
}

export type StatementLine = {
  date: string
  kind: string
  reference: string
  debit: string
  credit: string
  balance: string
}

/**
 * Statement of account for [from, to): the balance owed before `from`, every invoice (debit),
 * credit note and payment (credit) and payment reversal (debit) in the period, and the closing
 * balance — which, for a period running to now, equals the open invoice balances less the
 * company's unallocated credit.
 */
export function statement(
  invoices: LedgerInvoice[],
  payments: LedgerPayment[],
  from: Date,
  to: Date,
  currency: string,
) {
  type Entry = { at: number; kind: string; reference: string; amount: any }
  const entries: Entry[] = []
  for (const i of invoices) {
    if (i.status === "void") continue
    entries.push({
      at: t(i.issued_at),
      kind: i.kind,
      reference: i.number,
      amount: i.kind === "credit_note" ? dec(i.total).negated() : dec(i.total),
    })
  }
  for (const p of payments) {
    entries.push({
      at: t(p.received_at),
      kind: `payment (${p.method})`,
      reference: p.reference ?? p.id,
      amount: dec(p.amount).negated(),
    })
    if (p.reversed_at) {
      entries.push({
        at: t(p.reversed_at),
        kind: "payment reversed",
        reference: p.reference ?? p.id,
        amount: dec(p.amount),
      })
    }
  }
  entries.sort((a, b) => a.at - b.at)
  const opening = sumAmounts(entries.filter((e) => e.at < from.getTime()).map((e) => e.amount))
  let running = opening
  const lines: StatementLine[] = []
  for (const e of entries.filter((x) => x.at >= from.getTime() && x.at < to.getTime())) {
    running = running.plus(e.amount)
    lines.push({
      date: new Date(e.at).toISOString().slice(0, 10),
      kind: e.kind,
      reference: e.reference,
      debit: e.amount.gt(0) ? toAmount(e.amount, currency) : "",
      credit: e.amount.lt(0) ? toAmount(e.amount.negated(), currency) : "",
      balance: toAmount(running, currency),
    })
  }
  return { opening_balance: toAmount(opening, currency), lines, closing_balance: toAmount(running, currency) }
}

/** Average days late and share paid on time, from the payments that settled each paid invoice. */
export function paymentBehaviour(invoices: LedgerInvoice[], payments: LedgerPayment[]) {
  const settledAt = new Map<string, number>()
  for (const p of payments.filter((x) => !x.reversed_at)) {
    for (const a of p.allocations ?? [])
      settledAt.set(a.invoice_id, Math.max(settledAt.get(a.invoice_id) ?? 0, t(p.received_at)))
  }
  const paid = invoices.filter((i) => i.status === "paid" && i.kind !== "credit_note" && settledAt.has(i.id))
  if (!paid.length) return { paid_invoices: 0, average_days_late: 0, on_time_share: null as number | null }
  const late = paid.map((i) => Math.max(0, Math.ceil(((settledAt.get(i.id) as number) - t(i.due_at)) / DAY)))
  return {
    paid_invoices: paid.length,
    average_days_late: Math.round((late.reduce((a, b) => a + b, 0) / late.length) * 10) / 10,
    on_time_share: Math.round((late.filter((d) => d === 0).length / late.length) * 1000) / 1000,
  }
}

/**
 * Expected receipts per week for the next `weeks` weeks: each open balance is expected on its
 * due date pushed by its company's average days late (never before today); later ones are summed
 * apart.
 */
export function collectionForecast(
  invoices: LedgerInvoice[],
  averageDaysLate: Map<string, number>,
  now: Date,
  currency: string,
  weeks = 8,
) {
  const buckets = Array.from({ length: weeks }, () => dec(0))
  let later = dec(0)
  for (const inv of invoices.filter(isOpen)) {
    const expected = Math.max(now.getTime(), t(inv.due_at) + (averageDaysLate.get(inv.company_id ?? "") ?? 0) * DAY)
    const week = Math.floor((expected - now.getTime()) / (7 * DAY))
    if (week < weeks) buckets[week] = buckets[week].plus(balance(inv))
    else later = later.plus(balance(inv))
  }
  return {
    weeks: buckets.map((b, i) => ({
      week: i + 1,
      starts: new Date(now.getTime() + i * 7 * DAY).toISOString().slice(0, 10),
      expected: toAmount(b, currency),
    })),
    later: toAmount(later, currency),
  }
}
