import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import InvoiceModule from "../modules/invoice"

/** The company an invoice is addressed to (read-only link over invoice.company_id). */
export default defineLink(
  { linkable: InvoiceModule.linkable.invoice, field: "company_id" },
  CompanyModule.linkable.company,
  { readOnly: true },
)
