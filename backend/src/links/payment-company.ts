import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import InvoiceModule from "../modules/invoice"

/** The company a payment came from (read-only link over payment_record.company_id). */
export default defineLink(
  { linkable: InvoiceModule.linkable.paymentRecord, field: "company_id" },
  CompanyModule.linkable.company,
  { readOnly: true },
)
