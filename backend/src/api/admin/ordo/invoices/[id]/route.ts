import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/company-scope"
import { invoiceView } from "../../../../../lib/receivables"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [invoice] = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices({ id: req.params.id }, { relations: ["lines"] })
  if (!invoice) throw notFound("Invoice", req.params.id)
  res.json({ invoice: invoiceView(invoice) })
}
