import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import CreditModule from "../modules/credit"

/** A company's credit account (read-only link over credit_account.company_id). */
export default defineLink(
  { linkable: CreditModule.linkable.creditAccount, field: "company_id" },
  CompanyModule.linkable.company,
  { readOnly: true },
)
