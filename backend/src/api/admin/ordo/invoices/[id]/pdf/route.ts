import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { renderInvoicePdf } from "../../../../../../documents/invoice-pdf"
import { pdfLang } from "../../../../../../documents/lang"
import { invoiceDocument } from "../../../../../../queries/receivables/invoice-document"
import { sendPdf } from "../../../../../documents"
import { notFound } from "../../../../../http"
import type { DocumentQuery } from "../../../../../validation"

/** Staff: the invoice as PDF (`?lang=en|zh-CN`, default the company's language). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const doc = await invoiceDocument(req.scope, req.params.id)
  if (!doc) throw notFound("Invoice", req.params.id)
  const { lang } = req.validatedQuery as z.infer<typeof DocumentQuery>
  const pdf = await renderInvoicePdf(doc, pdfLang(lang, doc.company_locale))
  sendPdf(res, `${doc.invoice.number}.pdf`, pdf)
}
