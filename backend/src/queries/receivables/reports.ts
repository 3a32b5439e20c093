import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import {
  ageing,
  collectionForecast,
  type LedgerInvoice,
  type LedgerPayment,
  paymentBehaviour,
  statement,
} from "../../domain/statements"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import { sellerDetails } from "./invoice-document"

async function ledgerOf(container: MedusaContainer, companyId?: string) {
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

/** AR ageing per company and in total (per currency), with each company's payment behaviour. */
export async function ageingReport(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies } = await query.graph({ entity: "company", fields: ["id", "legal_name", "currency_code"] })
  const { invoices, payments } = await ledgerOf(container)
  const now = new Date()
  const rows = (companies as any[]).map((c) => {
    const mine = invoices.filter((i) => i.company_id === c.id)
    const paid = payments.filter((p: any) => p.company_id === c.id)
    return {
      company_id: c.id,
      legal_name: c.legal_name,
      currency_code: c.currency_code,
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
  return { companies: rows, totals, forecast }
}
