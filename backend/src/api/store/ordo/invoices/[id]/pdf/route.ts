import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { renderInvoicePdf } from "../../../../../../documents/invoice-pdf"
import { pdfLang } from "../../../../../../documents/lang"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { invoiceDocument } from "../../../../../../queries/receivables/invoice-document"
import { sendPdf } from "../../../../../documents"
import { notFound } from "../../../../../http"
import type { DocumentQuery } from "../../../../../validation"

/** The invoice as PDF (`?lang=en|zh-CN`, default the company's language), for its company's buyers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const doc = scope.membership
    ? await invoiceDocument(req.scope, req.params.id, scope.membership.company_id)
    : undefined
  if (!doc) throw notFound("Invoice", req.params.id)
  const { lang } = req.validatedQuery as z.infer<typeof DocumentQuery>
  const pdf = await renderInvoicePdf(doc, pdfLang(lang, doc.company_locale))
  sendPdf(res, `${doc.invoice.number}.pdf`, pdf)
}
