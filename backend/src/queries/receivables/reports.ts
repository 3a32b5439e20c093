import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import {
  ageing,
  collectionForecast,
  type LedgerInvoice,
  type LedgerPayment,
  overdueOf,
  paymentBehaviour,
  statement,
} from "../../domain/statements"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import { staffNames } from "../staff/sales-reps"
import { sellerDetails } from "./invoice-document"

async function ledgerOf(container: MedusaContainer, companyId?: string | string[]) {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const filter = companyId ? { company_id: companyId } : {}
  const [inv, pay] = await Promise.all([
    invoices.listInvoices(filter, { take: 100_000 }),
    invoices.listPaymentRecords(filter, { relations: ["allocations"], take: 100_000 }),
  ])
  return { invoices: inv as unknown as LedgerInvoice[], payments: pay as unknown as LedgerPayment[] }
}

export function parsePeriod(from: unknown, to: unknown) {
  const start = typeof from === "string" ? new Date(from) : new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1))
  const end = typeof to === "string" ? new Date(new Date(to).getTime() + 86_400_000) : new Date(Date.now() + 1)
  if (Number.isNaN(start.getTime()))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "from: a date such as 2026-01-01")
  if (Number.isNaN(end.getTime()))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "to: a date such as 2026-12-31")
  if (end <= start) throw new MedusaError(MedusaError.Types.INVALID_DATA, "to: must be after from")
  return { start, end }
}

/** A company's statement of account for a period (end date inclusive). */
export async function companyStatement(container: MedusaContainer, companyId: string, start: Date, end: Date) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [company],
  } = await query.graph({
    entity: "company",
    fields: ["id", "legal_name", "currency_code"],
    filters: { id: companyId },
  })
  if (!company) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
  const [{ invoices, payments }, seller] = await Promise.all([ledgerOf(container, companyId), sellerDetails(container)])
  return {
    company: { id: company.id, legal_name: company.legal_name },
    /** Who the statement is from (the store's settings), for its letterhead. */
    seller,
    currency_code: company.currency_code,
    from: start.toISOString().slice(0, 10),
    to: new Date(end.getTime() - 1).toISOString().slice(0, 10),
    ...statement(invoices, payments, start, end, company.currency_code),
    ageing: ageing(invoices, new Date(), company.currency_code),
    behaviour: paymentBehaviour(invoices, payments),
  }
}

export function statementCsv(s: Awaited<ReturnType<typeof companyStatement>>) {
  return stringify([
    ["Statement of account", s.company.legal_name, s.from, s.to, s.currency_code.toUpperCase()],
    ["date", "type", "reference", "debit", "credit", "balance"],
    [s.from, "opening balance", "", "", "", s.opening_balance],
    ...s.lines.map((l) => [l.date, l.kind, l.reference, l.debit, l.credit, l.balance]),
    [s.to, "closing balance", "", "", "", s.closing_balance],
  ])
}

/**
 * AR ageing per company, per sales rep and in total (per currency), with each company's payment
 * behaviour and the 8-week forecast; `rep` narrows everything to one rep's customers ("none":
 * customers nobody owns). Only those companies' invoices are read.
 */
export async function ageingReport(container: MedusaContainer, f: { rep?: string | null } = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies } = await query.graph({
    entity: "company",
    fields: ["id", "legal_name", "currency_code", "sales_rep_id"],
    ...(f.rep ? { filters: { sales_rep_id: f.rep === "none" ? null : f.rep } as any } : {}),
  })
  const ids = (companies as any[]).map((c) => c.id as string)
  const { invoices, payments } = f.rep
    ? ids.length
      ? await ledgerOf(container, ids)
      : { invoices: [] as LedgerInvoice[], payments: [] as LedgerPayment[] }
    : await ledgerOf(container)
  const now = new Date()
  const invoicesOf = new Map<string, LedgerInvoice[]>()
  for (const i of invoices) {
    const key = (i as { company_id?: string }).company_id ?? ""
    const list = invoicesOf.get(key)
    if (list) list.push(i)
    else invoicesOf.set(key, [i])
  }
  const names = await staffNames(
    container,
    (companies as any[]).map((c) => c.sales_rep_id),
  )
  const rows = (companies as any[]).map((c) => {
    const mine = invoicesOf.get(c.id) ?? []
    const paid = payments.filter((p: any) => p.company_id === c.id)
    return {
      company_id: c.id,
      legal_name: c.legal_name,
      currency_code: c.currency_code,
      sales_rep_id: (c.sales_rep_id as string | null) ?? null,
      ...ageing(mine, now, c.currency_code),
      behaviour: paymentBehaviour(mine, paid),
    }
  })
  const currencies = [...new Set(rows.map((r) => r.currency_code))]
  const totals = currencies.map((cur) => ({
    currency_code: cur,
    ...ageing(
      invoices.filter((i) => i.currency_code === cur),
      now,
      cur,
    ),
  }))
  // Per rep and currency: what their customers owe (open) and how much of it is past due (overdue).
  const repKeys = [...new Set(rows.map((r) => `${r.sales_rep_id ?? ""}|${r.currency_code}`))]
  const reps = repKeys
    .map((key) => {
      const [repId, cur] = key.split("|")
      const owned = rows.filter((r) => (r.sales_rep_id ?? "") === repId && r.currency_code === cur)
      const a = ageing(
        owned.flatMap((r) => (invoicesOf.get(r.company_id) ?? []).filter((i) => i.currency_code === cur)),
        now,
        cur,
      )
      return {
        rep_id: repId || null,
        name: repId ? (names.get(repId) ?? repId) : null,
        currency_code: cur,
        companies: owned.length,
        ...a,
        open: a.total,
        overdue: overdueOf(a, cur),
      }
    })
    .sort(
      (a, b) =>
        (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff") || a.currency_code.localeCompare(b.currency_code),
    )
  const averageLate = new Map(rows.map((r) => [r.company_id, r.behaviour.average_days_late]))
  const forecast = currencies.map((cur) => ({
    currency_code: cur,
    ...collectionForecast(
      invoices.filter((i) => i.currency_code === cur),
      averageLate,
      now,
      cur,
    ),
  }))
  return { companies: rows, reps, totals, forecast, rep: f.rep ?? null }
}
