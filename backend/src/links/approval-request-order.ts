import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ApprovalModule from "../modules/approval"

/** The order an approval request is about (read-only link over approval_request.order_id). */
export default defineLink(
  { linkable: ApprovalModule.linkable.approvalRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true },
)
