import type { MedusaContainer } from "@medusajs/framework/types"
import {
  type ApprovalFacts,
  type ApprovalRuleType,
  type ApprovalTriggers,
  ruleFires,
} from "../../domain/approval-rules"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"

/**
 * The active approval rules of some types that fire for an order, with the approver levels
 * each asks for. Shared by the four approval gates (order value, discounts, spending limit,
 * credit), each of which is its own workflow step.
 */
export async function firingRules(
  container: MedusaContainer,
  types: ApprovalRuleType[],
  facts: ApprovalFacts,
): Promise<ApprovalTriggers> {
  const rules = await container
    .resolve<ApprovalModuleService>(APPROVAL_MODULE)
    .listApprovalRules({ active: true, type: types } as any)
  return (rules as any[]).flatMap((rule) => {
    const detail = ruleFires(rule, facts)
    return detail
      ? [
          {
            type: rule.type,
            rule_id: rule.id,
            rule_name: rule.name,
            detail,
            levels: Array.isArray(rule.levels) ? (rule.levels as string[]) : [],
          },
        ]
      : []
  })
}

export type GateFacts = Omit<ApprovalFacts, "credit">
