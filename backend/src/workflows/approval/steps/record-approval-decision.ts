import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"

export type RecordApprovalDecisionInput = {
  request_id: string
  level: number
  role: string
  decision: "approved" | "rejected"
  actor_type: "customer" | "user"
  actor_id: string
  actor_name: string
  comment?: string | null
  /** True when this approval is the chain's last level. */
  final: boolean
}

export const recordApprovalDecisionStepId = "ordo-record-approval-decision"

/**
 * Writes the decision and moves the request on: to the next level, or to approved/rejected.
 * The unique (request, level) index makes a second decision on one level fail even if two
 * arrive at once.
 */
export const recordApprovalDecisionStep = createStep(
  recordApprovalDecisionStepId,
  async (input: RecordApprovalDecisionInput, { container }) => {
    const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
    const before = await approvals.retrieveApprovalRequest(input.request_id)
    const decision = await approvals.createApprovalDecisions({
      request_id: input.request_id,
      level: input.level,
      role: input.role,
      decision: input.decision,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      actor_name: input.actor_name,
      comment: input.comment ?? null,
    } as any)
    const done = input.decision === "rejected" || input.final
    await approvals.updateApprovalRequests({
      id: input.request_id,
      status: input.decision === "rejected" ? "rejected" : input.final ? "approved" : "pending",
      current_level: done ? input.level : input.level + 1,
      decided_at: done ? new Date() : null,
    } as any)
    return new StepResponse(decision, {
      decision_id: decision.id,
      request: {
        id: before.id,
        status: before.status,
        current_level: before.current_level,
        decided_at: before.decided_at,
      },
    })
  },
  async (prev, { container }) => {
    if (!prev) return
    const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
    await approvals.deleteApprovalDecisions(prev.decision_id)
    await approvals.updateApprovalRequests(prev.request as any)
  },
)
