import { daysOverdue } from "./credit-terms"
import { currencyDecimals, dec, sumAmounts, toAmount, tooManyDecimals } from "./money"

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

export type InvoiceLike = {
  id: string
  number: string
  kind?: string
  status: string
  total: unknown
  paid_total: unknown
  due_at: Date | string
  issued_at: Date | string
}

/** What is still to pay on an invoice. */
export const balanceOf = (inv: { total: unknown; paid_total: unknown }) => dec(inv.total).minus(dec(inv.paid_total))

/** An invoice as people read it: balance and, when past due, days overdue. */
export function invoiceView<
  T extends { total: unknown; paid_total: unknown; status: string; due_at: Date | string; currency_code: string },
>(inv: T, now = new Date()) {
  const balance = balanceOf(inv)
  const open = inv.status === "issued" || inv.status === "partially_paid"
  const overdue = open && balance.gt(0) ? daysOverdue(new Date(inv.due_at), now) : 0
  return { ...inv, balance: toAmount(balance, inv.currency_code), overdue: overdue > 0, days_overdue: overdue }
}

export type Allocation = { invoice_id: string; amount: string }

/**
 * How a payment settles invoices: explicitly (each allocation at most the invoice's balance,
 * together at most the payment) or, without allocations, oldest due first unless told to keep
 * it all as credit. Returns the problems (field named) instead of throwing.
 */
export function planPayment(
  input: { amount: string; currency_code: string; allocations?: Allocation[]; auto_allocate?: boolean },
  open: InvoiceLike[],
): { allocations: Allocation[]; unallocated: string; problems: string[] } {
  const currency = input.currency_code
  const problems: string[] = []
  if (!dec(input.amount).gt(0)) problems.push("amount: must be more than 0")
  else if (tooManyDecimals(input.amount, currency)) {
    problems.push(`amount: ${currency.toUpperCase()} has ${currencyDecimals(currency)} decimals`)
  }
  if (problems.length) return { allocations: [], unallocated: "0", problems }
  const payable = open.filter((i) => balanceOf(i).gt(0))
  if (input.allocations?.length) {
    const byId = new Map(payable.map((i) => [i.id, i]))
    input.allocations.forEach((a, n) => {
      const inv = byId.get(a.invoice_id)
      if (!inv) problems.push(`allocations.${n}.invoice_id: not an open invoice of this company`)
      else if (!dec(a.amount).gt(0) || tooManyDecimals(a.amount, currency)) {
        problems.push(`allocations.${n}.amount: a positive amount in ${currency.toUpperCase()}`)
      } else if (dec(a.amount).gt(balanceOf(inv))) {
        problems.push(
          `allocations.${n}.amount: more than the balance of ${inv.number} (${toAmount(balanceOf(inv), currency)})`,
        )
      }
    })
    const allocated = sumAmounts(input.allocations.map((a) => a.amount))
    if (!problems.length && allocated.gt(dec(input.amount))) {
      problems.push("allocations: together more than the payment")
    }
    return {
      allocations: input.allocations.map((a) => ({ invoice_id: a.invoice_id, amount: dec(a.amount).toFixed() })),
      unallocated: dec(input.amount).minus(allocated).toFixed(),
      problems,
    }
  }
  if (input.auto_allocate === false) return { allocations: [], unallocated: dec(input.amount).toFixed(), problems }
  return {
    ...allocateOldestFirst(
      input.amount,
      payable.map((i) => ({
        id: i.id,
        due_at: new Date(i.due_at),
        issued_at: new Date(i.issued_at),
        balance: balanceOf(i).toFixed(),
      })),
    ),
    problems,
  }
}

/**
 * Company credit (what payments left unallocated) settling open invoices: explicitly or oldest
 * due first, never more than the credit or an invoice's balance.
 */
export function planCreditUse(credit: string, open: InvoiceLike[], requested?: Allocation[]) {
  const payable = open.filter((i) => balanceOf(i).gt(0))
  const problems: string[] = []
  if (!dec(credit).gt(0))
    return { allocations: [], unallocated: credit, problems: ["This payment has no credit left to apply"] }
  if (requested?.length) {
    const byId = new Map(payable.map((i) => [i.id, i]))
    requested.forEach((a, n) => {
      const inv = byId.get(a.invoice_id)
      if (!inv) problems.push(`allocations.${n}.invoice_id: not an open invoice of this company`)
      else if (!dec(a.amount).gt(0) || dec(a.amount).gt(balanceOf(inv))) {
        problems.push(`allocations.${n}.amount: between 0 and the balance of ${inv.number}`)
      }
    })
    const used = sumAmounts(requested.map((a) => a.amount))
    if (!problems.length && used.gt(dec(credit)))
      problems.push(`allocations: more than the credit left (${dec(credit).toFixed()})`)
    return { allocations: requested, unallocated: dec(credit).minus(used).toFixed(), problems }
  }
  const planned = allocateOldestFirst(
    credit,
    payable.map((i) => ({
      id: i.id,
      due_at: new Date(i.due_at),
      issued_at: new Date(i.issued_at),
      balance: balanceOf(i).toFixed(),
    })),
  )
  return { ...planned, problems }
}

export type InvoicedLine = {
  sku: string | null
  title: string
  quantity: number
  unit_price: unknown
  tax_rate: unknown
  total: unknown
}

/**
 * Credit-note lines for returned or corrected lines of an invoice: priced exactly as invoiced,
 * never more per line than was invoiced less earlier credit notes.
 */
export function creditNoteLines(
  invoice: { number: string; lines: InvoicedLine[] },
  earlier: { lines: InvoicedLine[] }[],
  requested: { sku: string; quantity: number }[],
): { lines: BillableLine[]; problems: string[] } {
  const keyOf = (l: InvoicedLine) => l.sku ?? l.title
  const credited = new Map<string, number>()
  for (const cn of earlier) for (const l of cn.lines) credited.set(keyOf(l), (credited.get(keyOf(l)) ?? 0) + l.quantity)
  const byKey = new Map(invoice.lines.map((l) => [keyOf(l), l]))
  const problems: string[] = []
  const lines: BillableLine[] = []
  requested.forEach((req, n) => {
    const line = byKey.get(req.sku)
    if (!line) {
      problems.push(`lines.${n}.sku: ${req.sku} is not on invoice ${invoice.number}`)
      return
    }
    const left = line.quantity - (credited.get(req.sku) ?? 0)
    if (req.quantity > left) {
      problems.push(`lines.${n}.quantity: at most ${left} of ${req.sku} can still be credited on ${invoice.number}`)
      return
    }
    lines.push({
      sku: line.sku,
      title: line.title,
      quantity: req.quantity,
      unit_price: String(line.unit_price),
      tax_rate: String(line.tax_rate),
      tax_inclusive: dec(line.unit_price as string)
        .times(line.quantity)
        .eq(dec(line.total as string)),
    })
  })
  return { lines, problems }
}

export const DEPOSIT_SKU = "DEPOSIT"

/** The line that takes an already invoiced deposit off an invoice, up to its total. */
export function depositDeduction(left: string, gross: string, depositNumber: string | undefined): BillableLine | null {
  if (!dec(left).gt(0)) return null
  const deduct = dec(left).lt(dec(gross)) ? dec(left) : dec(gross)
  return {
    sku: DEPOSIT_SKU,
    title: `Less deposit ${depositNumber}`,
    quantity: 1,
    unit_price: deduct.negated().toFixed(),
    tax_rate: "0",
    tax_inclusive: true,
  }
}

/**
 * Whether a credit note's unapplied credit (what it did not settle on its own invoice) may settle
 * `amount` of another invoice of the same company: at most what is left on the note and the
 * invoice's balance. Returns the problems, field named; none means go ahead.
 */
export function planCreditNoteUse(
  note: InvoiceLike & { company_id: string; currency_code: string },
  invoice: (InvoiceLike & { company_id: string; currency_code: string }) | undefined,
  amount: string,
): string[] {
  const currency = note.currency_code
  const left = balanceOf(note)
  const open = (i: InvoiceLike) => i.status === "issued" || i.status === "partially_paid"
  if (note.kind !== "credit_note" || !open(note) || !left.gt(0)) return ["credit_note: has no credit left to apply"]
  if (!invoice || invoice.company_id !== note.company_id || invoice.kind === "credit_note" || !open(invoice)) {
    return ["invoice_id: not an open invoice of this company"]
  }
  if (!/^\d+(\.\d+)?$/.test(amount) || !dec(amount).gt(0) || tooManyDecimals(amount, currency)) {
    return [`amount: a positive amount in ${currency.toUpperCase()}`]
  }
  if (dec(amount).gt(left)) return [`amount: more than the credit left on ${note.number} (${toAmount(left, currency)})`]
  if (dec(amount).gt(balanceOf(invoice))) {
    return [`amount: more than the balance of ${invoice.number} (${toAmount(balanceOf(invoice), currency)})`]
  }
  return []
}
