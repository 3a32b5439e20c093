import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  approvedRolesWith,
  type DecidingActor,
  decisionRefusal,
  type PendingRequest,
} from "../../../domain/approval-decision"
import { conflict } from "../../../domain/errors"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"
import { membershipOf } from "../../../queries/company/membership"

export type DecideApprovalInput = {
  request_id: string
  actor: DecidingActor
  decision: "approved" | "rejected"
  comment?: string | null
}

export const loadApprovalDecisionStepId = "ordo-load-approval-decision"

/**
 * The request and the level being decided, read under the request's lock, refusing (nothing
 * changed) what domain/approval-decision.ts refuses: a decided request or level, an actor
 * without the level's role, a rejection without a reason. Reads only.
 */
export const loadApprovalDecisionStep = createStep(
  loadApprovalDecisionStepId,
  async (input: DecideApprovalInput, { container }) => {
    const [request] = (await container
      .resolve<ApprovalModuleService>(APPROVAL_MODULE)
      .listApprovalRequests({ id: input.request_id }, { relations: ["decisions"] })) as any[]
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval request with id: ${input.request_id} was not found`)
    }
    const pending: PendingRequest = {
      status: request.status,
      current_level: Number(request.current_level),
      chain: request.chain,
      requested_by: request.requested_by,
      company_id: request.company_id,
      decisions: (request.decisions ?? []).filter(Boolean),
    }
    const membership = input.actor.type === "customer" ? await membershipOf(container, input.actor.id) : null
    const adminOf = membership?.role === "admin" ? membership.company_id : null
    const refusal = decisionRefusal(pending, input.actor, input.decision, input.comment, adminOf)
    if (refusal?.kind === "conflict") throw conflict(refusal.message)
    if (refusal?.kind === "forbidden") throw new MedusaError(MedusaError.Types.FORBIDDEN, refusal.message)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal.message)
    const level = pending.current_level
    const role = pending.chain[level - 1].role
    return new StepResponse({
      id: request.id as string,
      order_id: request.order_id as string,
      fingerprint: (request.fingerprint as string | null) ?? null,
      chain: pending.chain,
      reasons: (request.reasons ?? []) as unknown[],
      level,
      role,
      final: input.decision === "approved" && level === pending.chain.length,
      approved_roles: approvedRolesWith(pending, role),
    })
  },
)
