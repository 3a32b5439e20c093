import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApprovalViews } from "../../../../../lib/approval-views"
import { buyerScope, notFound } from "../../../../../lib/company-scope"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const [approval] = scope.membership
    ? await listApprovalViews(req.scope, { id: req.params.id, company_id: scope.membership.company_id })
    : []
  if (!approval) throw notFound("Approval request", req.params.id)
  res.json({ approval })
}
