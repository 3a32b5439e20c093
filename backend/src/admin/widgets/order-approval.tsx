import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useCallback, useEffect, useState } from "react"
import { ApprovalPanel } from "../components/approval-panel"
import { adminApi } from "../lib/api"

/** On Medusa's order page: the order's approval history (nothing when it needed none). */
const OrderApprovalWidget = ({ data }: { data: { id: string } }) => {
  const [approval, setApproval] = useState<any>(null)
  const load = useCallback(
    () => adminApi(`/admin/ordo/orders/${data.id}/approval`).then((r) => setApproval(r.approval)),
    [data.id],
  )
  useEffect(() => {
    load()
  }, [load])
  return approval ? <ApprovalPanel approval={approval} onDecided={load} /> : null
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderApprovalWidget
