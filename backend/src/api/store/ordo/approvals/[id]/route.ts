import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApprovalViews } from "../../../../../queries/approval/approval-views"
import { buyerScope } from "../../../../../queries/company/buyer-scope"
import { notFound } from "../../../../http"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const [approval] = scope.membership
    ? await listApprovalViews(req.scope, { id: req.params.id, company_id: scope.membership.company_id })
    : []
  if (!approval) throw notFound("Approval request", req.params.id)
  res.json({ approval })
}
