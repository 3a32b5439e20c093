import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { conflict } from "../../../../../../domain/errors"
import { listApprovalViews } from "../../../../../../queries/approval/approval-views"
import { staffApprover } from "../../../../../../queries/approval/approvers"
import { decideApprovalWorkflow } from "../../../../../../workflows/approval/decide-approval"
import { notFound } from "../../../../../http"
import type { ApprovalDecisionBodyType } from "../../../../../store/ordo/validators"

/** A sales manager or finance approver decides their level (the role is in Ordo's staff roles). */
export async function POST(req: AuthenticatedMedusaRequest<ApprovalDecisionBodyType>, res: MedusaResponse) {
  const [visible] = await listApprovalViews(req.scope, { id: req.params.id })
  if (!visible) throw notFound("Approval request", req.params.id)
  const { result } = await decideApprovalWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      actor: await staffApprover(req.scope, req.auth_context.actor_id),
      decision: req.validatedBody.decision,
      comment: req.validatedBody.comment,
    },
  })
  if (result.outcome === "restarted") throw conflict(result.message)
  const [approval] = await listApprovalViews(req.scope, { id: req.params.id })
  res.json({ approval })
}
