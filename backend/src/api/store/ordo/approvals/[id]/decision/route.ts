import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { conflict } from "../../../../../../domain/errors"
import { listApprovalViews } from "../../../../../../queries/approval/approval-views"
import { customerApprover } from "../../../../../../queries/approval/approvers"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { decideApprovalWorkflow } from "../../../../../../workflows/approval/decide-approval"
import { notFound } from "../../../../../http"
import type { ApprovalDecisionBodyType } from "../../../validators"

/** A company admin approves or rejects their level of a request of their own company. */
export async function POST(req: AuthenticatedMedusaRequest<ApprovalDecisionBodyType>, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const [visible] = scope.membership
    ? await listApprovalViews(req.scope, { id: req.params.id, company_id: scope.membership.company_id })
    : []
  if (!visible) throw notFound("Approval request", req.params.id)
  const { result } = await decideApprovalWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      actor: await customerApprover(req.scope, scope.customer_id),
      decision: req.validatedBody.decision,
      comment: req.validatedBody.comment,
    },
  })
  if (result.outcome === "restarted") throw conflict(result.message)
  const [approval] = await listApprovalViews(req.scope, { id: req.params.id })
  res.json({ approval })
}
