import { model } from "@medusajs/framework/utils"

import { APPROVAL_RULE_TYPES } from "../../../domain/approval-rules"

export {
  APPROVAL_RULE_TYPES,
  APPROVER_ROLES,
  type ApprovalRuleType,
  type ApproverRole,
} from "../../../domain/approval-rules"

/** A seller-configured reason for an order to wait for approval, and the chain of roles it needs. */
export const ApprovalRule = model.define("approval_rule", {
  id: model.id({ prefix: "aprule" }).primaryKey(),
  name: model.text(),
  type: model.enum([...APPROVAL_RULE_TYPES]),
  /** order_total_above: the amount, in `currency_code`. */
  amount: model.bigNumber().nullable(),
  currency_code: model.text().nullable(),
  /** line_discount_above: percent off the list price. */
  percent: model.bigNumber().nullable(),
  /** Approver roles in order, e.g. ["company_admin", "sales_manager"]. */
  levels: model.json(),
  active: model.boolean().default(true),
})
