import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ORDER_PAGE_ZONE, putApprovalCardFirstWorkflow } from "../workflows/order/put-approval-card-first"

/**
 * Runs once on `npx medusa db:migrate`: the order page shows Ordo's PO-and-approval card first,
 * unless the store already chose its own default layout for that page.
 */
export default async function orderPageApprovalCard({ container }: { container: MedusaContainer }) {
  const existing = await container.resolve(Modules.SETTINGS).getSystemDefaultLayoutConfiguration(ORDER_PAGE_ZONE)
  if (existing) return
  await putApprovalCardFirstWorkflow(container).run({ input: {} })
}
