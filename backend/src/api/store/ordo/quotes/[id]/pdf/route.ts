import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { pdfLang } from "../../../../../../documents/lang"
import { renderQuotePdf } from "../../../../../../documents/quote-pdf"
import { sendPdf } from "../../../../../documents"
import type { DocumentQuery } from "../../../../../validation"
import { companyQuote } from "../../helpers"

/** The quote as PDF, `?lang=en|zh-CN` (default: the company's language). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { quote } = await companyQuote(req)
  const { lang } = req.validatedQuery as z.infer<typeof DocumentQuery>
  sendPdf(res, `quote-Q-${quote.display_id}.pdf`, await renderQuotePdf(quote, pdfLang(lang, quote.company_locale)))
}
