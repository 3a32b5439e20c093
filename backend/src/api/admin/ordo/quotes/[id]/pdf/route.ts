import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderQuotePdf } from "../../../../../../documents/quote-pdf"
import { quoteView } from "../../../../../../lib/quotes"
import { notFound } from "../../../../../http"
import { pdfLang } from "../../../../../store/ordo/quotes/[id]/pdf/route"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const quote = await quoteView(req.scope, { id: req.params.id })
  if (!quote) throw notFound("Quote", req.params.id)
  const pdf = await renderQuotePdf(quote, pdfLang(req.query.lang, quote.company_locale))
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="quote-Q-${quote.display_id}.pdf"`)
  res.send(pdf)
}
