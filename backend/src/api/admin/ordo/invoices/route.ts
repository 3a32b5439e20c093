import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoiceWithLines, listInvoiceViews } from "../../../../queries/receivables/invoices"
import { invoiceOrderWorkflow } from "../../../../workflows/receivables/invoice-order"
import { readingDate, repForRequest } from "../../../http"
import type { AdminIssueInvoice, AdminListInvoices } from "./validators"

/**
 * Staff: invoices, newest first; `?company_id=`, `?order_id=`, `?kind=`, `?status=` (open, overdue,
 * paid, void, …), `?q=` (number, company, order no., PO), `?rep=` (a sales rep's customers; a rep
 * sees only their own), `?limit=&offset=`; with the count.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as z.infer<typeof AdminListInvoices>
  const { as_of, rep: asked, ...filters } = q
  const { rep, held } = await repForRequest(req, asked)
  const { invoices, count } = await listInvoiceViews(req.scope, { ...filters, rep }, readingDate(as_of))
  res.json({ invoices, count, limit: filters.limit, offset: filters.offset, rep, held })
}

/** Staff: invoice a whole order by hand (companies set to manual invoicing, or corrections). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminIssueInvoice>>, res: MedusaResponse) {
  const { result } = await invoiceOrderWorkflow(req.scope).run({ input: { order_id: req.validatedBody.order_id } })
  res.status(201).json({ invoice: await invoiceWithLines(req.scope, result.invoice_id as string) })
}
