import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApprovalViews } from "../../../../../../queries/approval/approval-views"

/** The approval history of one order (for the order page widget); null when it needed none. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [approval] = await listApprovalViews(req.scope, { order_id: req.params.id })
  res.json({ approval: approval ?? null })
}
