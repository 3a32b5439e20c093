import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoiceView, invoiceWholeOrder, readingDate } from "../../../../lib/receivables"
import { INVOICE_MODULE } from "../../../../modules/invoice"
import type InvoiceModuleService from "../../../../modules/invoice/service"
import type { AdminIssueInvoice } from "./validators"

/** Staff: invoices, newest first; `?company_id=`, `?order_id=`, `?status=`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const now = readingDate(req.query.as_of)
  const filters: Record<string, unknown> = {}
  for (const k of ["company_id", "order_id", "status"] as const)
    if (typeof req.query[k] === "string") filters[k] = req.query[k]
  const invoices = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices(filters, { order: { issued_at: "DESC" }, take: 200 })
  res.json({ invoices: invoices.map((i) => invoiceView(i, now)) })
}

/** Staff: invoice a whole order by hand (companies set to manual invoicing, or corrections). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminIssueInvoice>>, res: MedusaResponse) {
  const invoice = await invoiceWholeOrder(req.scope, req.validatedBody.order_id)
  res.status(201).json({ invoice: invoiceView(invoice) })
}
