import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"

export type RestartApprovalInput = {
  request_id: string
  chain: { level: number; role: string }[]
  reasons: unknown[]
  order_total: string
  fingerprint: string
}

export const restartApprovalStepId = "ordo-restart-approval"

/** Supersedes a pending request and opens a new one at level 1; compensation reverses both. */
export const restartApprovalStep = createStep(
  restartApprovalStepId,
  async (input: RestartApprovalInput, { container }) => {
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    const old = await approvals.retrieveApprovalRequest(input.request_id)
    await approvals.updateApprovalRequests({ id: old.id, status: "superseded", decided_at: new Date() } as any)
    const fresh = await approvals.createApprovalRequests({
      order_id: old.order_id,
      quote_id: old.quote_id,
      company_id: old.company_id,
      requested_by: old.requested_by,
      status: "pending",
      current_level: 1,
      chain: input.chain,
      reasons: input.reasons,
      order_total: input.order_total,
      currency_code: old.currency_code,
      fingerprint: input.fingerprint,
    } as any)
    return new StepResponse(fresh, { old_id: old.id, new_id: fresh.id })
  },
  async (ids, { container }) => {
    if (!ids) return
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    await approvals.deleteApprovalRequests(ids.new_id)
    await approvals.updateApprovalRequests({ id: ids.old_id, status: "pending", decided_at: null } as any)
  },
)
