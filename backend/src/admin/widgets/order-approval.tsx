import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ApprovalPanel } from "../components/approval-panel"
import { useOrderApproval } from "../hooks/approvals"

/** On Medusa's order page: the order's approval history (nothing when it needed none). */
const OrderApprovalWidget = ({ data }: { data: { id: string } }) => {
  const approval = useOrderApproval(data.id).data?.approval
  return approval ? <ApprovalPanel approval={approval} /> : null
}

// At the top of the order page: an order waiting for approval is the first thing staff see.
export const config = defineWidgetConfig({ zone: "order.details.before" })

export default OrderApprovalWidget
