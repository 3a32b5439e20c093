import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renderInvoicePdf } from "../../../../../../documents/invoice-pdf"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { invoiceWithLines } from "../../../../../../queries/receivables/invoices"
import { notFound } from "../../../../../http"
import { pdfLang } from "../../../quotes/[id]/pdf/route"

/** Serves an invoice PDF (`?lang=en|zh-CN`, default the company's language) to staff or its company's buyers. */
export async function sendInvoicePdf(req: AuthenticatedMedusaRequest, res: MedusaResponse, companyId?: string) {
  const invoice = await invoiceWithLines(req.scope, req.params.id, companyId)
  if (!invoice) throw notFound("Invoice", req.params.id)
  const {
    data: [company],
  } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["legal_name", "locale"], filters: { id: invoice.company_id } })
  const pdf = await renderInvoicePdf(invoice, company?.legal_name ?? "", pdfLang(req.query.lang, company?.locale))
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="${invoice.number}.pdf"`)
  res.send(pdf)
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) throw notFound("Invoice", req.params.id)
  await sendInvoicePdf(req, res, scope.membership.company_id)
}
