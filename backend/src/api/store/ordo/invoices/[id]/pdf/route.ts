import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buyerScope, notFound } from "../../../../../../lib/company-scope"
import { renderInvoicePdf } from "../../../../../../lib/invoice-pdf"
import { invoiceView } from "../../../../../../lib/receivables"
import { INVOICE_MODULE } from "../../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../../modules/invoice/service"
import { pdfLang } from "../../../quotes/[id]/pdf/route"

/** Serves an invoice PDF (`?lang=en|zh-CN`, default the company's language) to staff or its company's buyers. */
export async function sendInvoicePdf(req: AuthenticatedMedusaRequest, res: MedusaResponse, companyId?: string) {
  const [invoice] = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices({ id: req.params.id, ...(companyId ? { company_id: companyId } : {}) }, { relations: ["lines"] })
  if (!invoice) throw notFound("Invoice", req.params.id)
  const {
    data: [company],
  } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["legal_name", "locale"], filters: { id: invoice.company_id } })
  const pdf = await renderInvoicePdf(
    invoiceView(invoice),
    company?.legal_name ?? "",
    pdfLang(req.query.lang, company?.locale),
  )
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="${invoice.number}.pdf"`)
  res.send(pdf)
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) throw notFound("Invoice", req.params.id)
  await sendInvoicePdf(req, res, scope.membership.company_id)
}
