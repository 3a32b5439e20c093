import type { MedusaContainer } from "@medusajs/framework/types"
import { invoiceView } from "../../domain/invoice-math"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"

const invoicesOf = (c: MedusaContainer) => c.resolve<InvoiceModuleService>(INVOICE_MODULE)

/** Invoices (newest first) as people read them: balance and days overdue as of `now`. */
export async function listInvoiceViews(
  container: MedusaContainer,
  filters: { company_id?: string; order_id?: string; status?: string },
  now = new Date(),
) {
  const invoices = await invoicesOf(container).listInvoices(filters, { order: { issued_at: "DESC" }, take: 200 })
  return invoices.map((i) => invoiceView(i, now))
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
