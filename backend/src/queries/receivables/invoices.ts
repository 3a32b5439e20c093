import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { invoiceView } from "../../domain/invoice-math"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"

const invoicesOf = (c: MedusaContainer) => c.resolve<InvoiceModuleService>(INVOICE_MODULE)

export const INVOICE_LIST_STATUSES = ["open", "overdue", "issued", "partially_paid", "paid", "void"] as const

export type InvoiceListFilters = {
  company_id?: string
  order_id?: string
  status?: (typeof INVOICE_LIST_STATUSES)[number]
  kind?: "invoice" | "credit_note" | "deposit"
  /** An invoice number, a company's name, an order number ("#12" or "12") or a PO number. */
  q?: string
  /** Only the customers this sales rep owns ("none": customers nobody owns). */
  rep?: string | null
  limit?: number
  offset?: number
}

/** The companies a sales rep owns ("none": the ones nobody owns). */
export async function companiesOfRep(container: MedusaContainer, rep: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "company",
    fields: ["id"],
    filters: { sales_rep_id: rep === "none" ? null : rep } as any,
  })
  return (data as any[]).map((c) => c.id as string)
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The invoices a search finds: its number (or part of it), its company's name, its order's number
 * or the buyer's PO number. Returns the `$or` branches for the invoice filter.
 */
async function searchBranches(container: MedusaContainer, term: string) {
  const like = `%${escapeLike(term)}%`
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const digits = term.replace(/^#/, "")
  const [{ data: companies }, byPo, byNumber] = await Promise.all([
    query.graph({ entity: "company", fields: ["id"], filters: { legal_name: { $ilike: like } } as any }),
    container.resolve(Modules.ORDER).listOrders({ metadata: { po_number: term } } as any, { select: ["id"], take: 50 }),
    /^\d+$/.test(digits)
      ? container.resolve(Modules.ORDER).listOrders({ display_id: Number(digits) } as any, { select: ["id"], take: 5 })
      : Promise.resolve([] as { id: string }[]),
  ])
  const orderIds = [...byPo, ...byNumber].map((o) => o.id)
  return [
    { number: { $ilike: like } },
    ...(companies.length ? [{ company_id: companies.map((c: any) => c.id as string) }] : []),
    ...(orderIds.length ? [{ order_id: orderIds }] : []),
  ]
}

/**
 * Invoices (newest first) as people read them: balance and days overdue as of `now`, the
 * company's name, and the order's number and PO. Filtered by company, order, kind, status
 * ("open" = not yet paid, "overdue" = open past its due date) and a search; paged.
 */
export async function listInvoiceViews(container: MedusaContainer, f: InvoiceListFilters, now = new Date()) {
  const filters: Record<string, unknown> = {}
  if (f.company_id) filters.company_id = f.company_id
  if (f.order_id) filters.order_id = f.order_id
  if (f.kind) filters.kind = f.kind
  if (f.status === "open" || f.status === "overdue") filters.status = ["issued", "partially_paid"]
  else if (f.status) filters.status = f.status
  if (f.status === "overdue") filters.due_at = { $lt: now }
  if (f.rep) {
    const owned = await companiesOfRep(container, f.rep)
    const ids = f.company_id ? owned.filter((id) => id === f.company_id) : owned
    filters.company_id = ids.length ? ids : ["none"]
  }
  const term = f.q?.trim()
  if (term) filters.$or = await searchBranches(container, term)
  const [invoices, count] = await invoicesOf(container).listAndCountInvoices(filters, {
    order: { issued_at: "DESC", number: "DESC" },
    take: f.limit ?? 200,
    skip: f.offset ?? 0,
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const companyIds = [...new Set(invoices.map((i) => i.company_id))]
  const orderIds = [...new Set(invoices.map((i) => i.order_id).filter(Boolean) as string[])]
  const [{ data: companies }, { data: orders }] = await Promise.all([
    companyIds.length
      ? query.graph({ entity: "company", fields: ["id", "legal_name"], filters: { id: companyIds } })
      : { data: [] as any[] },
    orderIds.length
      ? query.graph({ entity: "order", fields: ["id", "display_id", "metadata"], filters: { id: orderIds } })
      : { data: [] as any[] },
  ])
  const companyName = new Map((companies as any[]).map((c) => [c.id, c.legal_name as string]))
  const orderOf = new Map((orders as any[]).map((o) => [o.id, o]))
  return {
    count,
    invoices: invoices.map((i) => {
      const order = i.order_id ? orderOf.get(i.order_id) : undefined
      return {
        ...invoiceView(i, now),
        company_name: companyName.get(i.company_id) ?? null,
        order_display_id: order?.display_id ?? null,
        po_number: order?.metadata?.po_number ?? null,
      }
    }),
  }
}

/** One invoice with its lines; undefined when it does not exist or is not the company's. */
export async function invoiceWithLines(container: MedusaContainer, id: string, companyId?: string) {
  const [invoice] = await invoicesOf(container).listInvoices(
    { id, ...(companyId ? { company_id: companyId } : {}) },
    { relations: ["lines"] },
  )
  return invoice ? invoiceView(invoice) : undefined
}

/**
 * A company's payments as its buyers see them (newest first): what each settled, by invoice
 * number; who recorded it and its idempotency key stay with staff.
 */
export async function buyerPaymentViews(container: MedusaContainer, companyId: string) {
  const payments = await listPayments(container, { company_id: companyId })
  const ids = [...new Set(payments.flatMap((p) => (p.allocations ?? []).map((a: any) => a.invoice_id)))]
  const numbers = new Map(
    (ids.length ? await invoicesOf(container).listInvoices({ id: ids }) : []).map((i) => [i.id, i.number]),
  )
  return payments.map(({ recorded_by: _staff, idempotency_key: _key, ...p }: any) => ({
    ...p,
    allocations: (p.allocations ?? []).map((a: any) => ({ ...a, invoice_number: numbers.get(a.invoice_id) })),
  }))
}

/** Payments (newest first) with their allocations. */
export async function listPayments(container: MedusaContainer, filters: { company_id?: string; id?: string }) {
  return invoicesOf(container).listPaymentRecords(filters, {
    relations: ["allocations"],
    order: { received_at: "DESC" },
    take: 200,
  })
}

/**
 * Payments for staff (newest first, paged): the company's name and, for each allocation, the
 * invoice number it settled; with the count.
 */
export async function paymentViews(
  container: MedusaContainer,
  f: { company_id?: string; limit?: number; offset?: number },
) {
  const [payments, count] = await invoicesOf(container).listAndCountPaymentRecords(
    f.company_id ? { company_id: f.company_id } : {},
    {
      relations: ["allocations"],
      order: { received_at: "DESC", id: "DESC" },
      take: f.limit ?? 200,
      skip: f.offset ?? 0,
    },
  )
  const invoiceIds = [
    ...new Set(payments.flatMap((p) => (p.allocations ?? []).map((a: any) => a.invoice_id as string))),
  ]
  const companyIds = [...new Set(payments.map((p) => p.company_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [invoices, { data: companies }] = await Promise.all([
    invoiceIds.length ? invoicesOf(container).listInvoices({ id: invoiceIds }, { select: ["id", "number"] }) : [],
    companyIds.length
      ? query.graph({ entity: "company", fields: ["id", "legal_name"], filters: { id: companyIds } })
      : { data: [] as any[] },
  ])
  const numbers = new Map(invoices.map((i) => [i.id, i.number]))
  const companyName = new Map((companies as any[]).map((c) => [c.id, c.legal_name as string]))
  return {
    count,
    payments: payments.map((p: any) => ({
      ...p,
      company_name: companyName.get(p.company_id) ?? null,
      allocations: (p.allocations ?? []).map((a: any) => ({ ...a, invoice_number: numbers.get(a.invoice_id) ?? null })),
    })),
  }
}
