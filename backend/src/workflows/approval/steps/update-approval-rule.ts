import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"

export const updateApprovalRuleStepId = "ordo-update-approval-rule"

/** Changes a rule (404 when there is none); compensation restores what it was. */
export const updateApprovalRuleStep = createStep(
  updateApprovalRuleStepId,
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    const before = (await approvals.retrieveApprovalRule(input.id)) as Record<string, unknown>
    const rule = await approvals.updateApprovalRules(input as any)
    return new StepResponse(rule, Object.fromEntries(Object.keys(input).map((k) => [k, before[k] ?? null])))
  },
  async (before, { container }) => {
    if (before) await container.resolve<ApprovalModuleService>(APPROVAL_MODULE).updateApprovalRules(before as any)
  },
)
