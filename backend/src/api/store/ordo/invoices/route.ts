import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerScope } from "../../../../lib/company-scope"
import { invoiceView, readingDate } from "../../../../lib/receivables"
import { INVOICE_MODULE } from "../../../../modules/invoice"
import type InvoiceModuleService from "../../../../modules/invoice/service"

/** The company's invoices and credit notes, newest first, with balance and days overdue. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const now = readingDate(req.query.as_of)
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) return res.json({ invoices: [] })
  const invoices = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices({ company_id: scope.membership.company_id }, { order: { issued_at: "DESC" }, take: 200 })
  res.json({ invoices: invoices.map((i) => invoiceView(i, now)) })
}
