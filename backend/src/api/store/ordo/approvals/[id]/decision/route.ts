import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerApprover, decideApproval } from "../../../../../../lib/approvals"
import { listApprovalViews } from "../../../../../../queries/approval/approval-views"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { notFound } from "../../../../../http"
import type { ApprovalDecisionBodyType } from "../../../validators"

/** A company admin approves or rejects their level of a request of their own company. */
export async function POST(req: AuthenticatedMedusaRequest<ApprovalDecisionBodyType>, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const [visible] = scope.membership
    ? await listApprovalViews(req.scope, { id: req.params.id, company_id: scope.membership.company_id })
    : []
  if (!visible) throw notFound("Approval request", req.params.id)
  await decideApproval(req.scope, {
    request_id: req.params.id,
    actor: await customerApprover(req.scope, scope.customer_id),
    decision: req.validatedBody.decision,
    comment: req.validatedBody.comment,
  })
  const [approval] = await listApprovalViews(req.scope, { id: req.params.id })
  res.json({ approval })
}
