import { model } from "@medusajs/framework/utils"

export const APPROVAL_RULE_TYPES = [
  "order_total_above",
  "line_discount_above",
  "buyer_over_spending_limit",
  "company_over_credit_limit",
  "company_on_hold",
] as const
export type ApprovalRuleType = (typeof APPROVAL_RULE_TYPES)[number]

/** Who may decide a level: a company admin of the ordering company, or seller staff with that role. */
export const APPROVER_ROLES = ["company_admin", "sales_manager", "finance"] as const
export type ApproverRole = (typeof APPROVER_ROLES)[number]

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
