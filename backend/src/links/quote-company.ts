import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import QuoteModule from "../modules/quote"

/** The company a quote is for (read-only link over quote.company_id). */
export default defineLink(
  { linkable: QuoteModule.linkable.quote, field: "company_id" },
  CompanyModule.linkable.company,
  {
    readOnly: true,
  },
)
