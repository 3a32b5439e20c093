import { defineLink } from "@medusajs/framework/utils"
import ApprovalModule from "../modules/approval"
import CompanyModule from "../modules/company"

/** The company whose order waits (read-only link over approval_request.company_id). */
export default defineLink(
  { linkable: ApprovalModule.linkable.approvalRequest, field: "company_id" },
  CompanyModule.linkable.company,
  { readOnly: true },
)
