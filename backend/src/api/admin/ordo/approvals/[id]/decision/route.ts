import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideApproval, staffApprover } from "../../../../../../lib/approvals"
import { listApprovalViews } from "../../../../../../queries/approval/approval-views"
import { notFound } from "../../../../../http"
import type { ApprovalDecisionBodyType } from "../../../../../store/ordo/validators"

/** A sales manager or finance approver decides their level (their role is on their user record). */
export async function POST(req: AuthenticatedMedusaRequest<ApprovalDecisionBodyType>, res: MedusaResponse) {
  const [visible] = await listApprovalViews(req.scope, { id: req.params.id })
  if (!visible) throw notFound("Approval request", req.params.id)
  await decideApproval(req.scope, {
    request_id: req.params.id,
    actor: await staffApprover(req.scope, req.auth_context.actor_id),
    decision: req.validatedBody.decision,
    comment: req.validatedBody.comment,
  })
  const [approval] = await listApprovalViews(req.scope, { id: req.params.id })
  res.json({ approval })
}
