import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"

export const createApprovalRuleStepId = "ordo-create-approval-rule"

/** A rule deciding which orders need whose approval; compensation deletes it. */
export const createApprovalRuleStep = createStep(
  createApprovalRuleStepId,
  async (input: Record<string, unknown>, { container }) => {
    const rule = await container.resolve<ApprovalModuleService>(APPROVAL_MODULE).createApprovalRules(input as any)
    return new StepResponse(rule, rule.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ApprovalModuleService>(APPROVAL_MODULE).deleteApprovalRules(id)
  },
)
