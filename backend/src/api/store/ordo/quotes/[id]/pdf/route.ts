import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type PdfLang, renderQuotePdf } from "../../../../../../documents/quote-pdf"
import { companyQuote } from "../../helpers"

export const pdfLang = (q: unknown, fallback?: string): PdfLang =>
  q === "zh-CN" || q === "en" ? q : fallback === "zh-CN" ? "zh-CN" : "en"

/** The quote as PDF, `?lang=en|zh-CN` (default: the company's language). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { quote } = await companyQuote(req)
  const pdf = await renderQuotePdf(quote, pdfLang(req.query.lang, quote.company_locale))
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="quote-Q-${quote.display_id}.pdf"`)
  res.send(pdf)
}
