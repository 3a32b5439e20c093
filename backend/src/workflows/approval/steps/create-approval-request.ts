import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"

export type CreateApprovalRequestInput = {
  order_id: string
  quote_id?: string | null
  company_id: string
  requested_by: string
  chain: { level: number; role: string }[]
  reasons: unknown[]
  order_total: string
  currency_code: string
  /** What the approvers approve (domain/order-gates.ts orderFingerprint). */
  fingerprint?: string | null
}

export const createApprovalRequestStepId = "ordo-create-approval-request"

export const createApprovalRequestStep = createStep(
  createApprovalRequestStepId,
  async (input: CreateApprovalRequestInput, { container }) => {
    const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
    const request = await approvals.createApprovalRequests({ ...input, status: "pending", current_level: 1 } as any)
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (!id) return
    const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
    await approvals.deleteApprovalRequests(id)
  },
)
