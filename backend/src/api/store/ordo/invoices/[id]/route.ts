import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerScope, notFound } from "../../../../../lib/company-scope"
import { invoiceView } from "../../../../../lib/receivables"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const [invoice] = scope.membership
    ? await req.scope
        .resolve<InvoiceModuleService>(INVOICE_MODULE)
        .listInvoices({ id: req.params.id, company_id: scope.membership.company_id }, { relations: ["lines"] })
    : []
  if (!invoice) throw notFound("Invoice", req.params.id)
  res.json({ invoice: invoiceView(invoice) })
}
