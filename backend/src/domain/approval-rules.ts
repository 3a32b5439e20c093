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

import { dec, formatAmount } from "./money"

/** What a rule can look at when an order is placed. Amounts are decimal strings. */
export type ApprovalFacts = {
  currency_code: string
  order_total: string
  lines: { sku: string; list_price: string; unit_price: string }[]
  buyer: { role: "admin" | "buyer" | "finance"; spending_limit: string | null }
  /**
   * The company's credit position. Supplied by the credit module (credit terms issue); while
   * it is absent, the two credit rules never fire.
   */
  credit?: { limit: string | null; exposure: string; on_hold: boolean }
}

export type RuleLike = {
  id: string
  name: string
  type: ApprovalRuleType
  amount?: unknown
  currency_code?: string | null
  percent?: unknown
  levels: unknown
  active?: boolean
}

export type ApprovalTrigger = { rule_id: string; rule_name: string; type: ApprovalRuleType; detail: string }
export type ApprovalOutcome = { triggers: ApprovalTrigger[]; chain: ApproverRole[] }

const discountPercent = (list: string, unit: string) =>
  dec(list).lte(0) ? dec(0) : dec(list).minus(dec(unit)).dividedBy(dec(list)).times(100)

/** One rule against the facts: a human-readable reason when it fires, null otherwise. */
export function ruleFires(rule: RuleLike, f: ApprovalFacts): string | null {
  const cur = f.currency_code.toLowerCase()
  switch (rule.type) {
    case "order_total_above": {
      if (rule.amount == null || String(rule.currency_code ?? "").toLowerCase() !== cur) return null
      return dec(f.order_total).gt(dec(rule.amount))
        ? `Order total ${formatAmount(f.order_total, cur)} is above ${formatAmount(rule.amount, cur)}`
        : null
    }
    case "line_discount_above": {
      if (rule.percent == null) return null
      const over = f.lines.filter((l) => discountPercent(l.list_price, l.unit_price).gt(dec(rule.percent)))
      if (!over.length) return null
      const skus = over.map((l) => `${l.sku} (${discountPercent(l.list_price, l.unit_price).toFixed(2)}%)`)
      return `Discount above ${dec(rule.percent).toString()}% on ${skus.join(", ")}`
    }
    case "buyer_over_spending_limit": {
      // No limit set means no limit: never "over" it.
      if (f.buyer.spending_limit == null) return null
      return dec(f.order_total).gt(dec(f.buyer.spending_limit))
        ? `Order total ${formatAmount(f.order_total, cur)} is above the buyer's spending limit of ${formatAmount(f.buyer.spending_limit, cur)}`
        : null
    }
    case "company_over_credit_limit": {
      const c = f.credit
      if (!c || c.limit == null) return null
      const after = dec(c.exposure).plus(dec(f.order_total))
      return after.gt(dec(c.limit))
        ? `Credit exposure after this order ${formatAmount(after, cur)} is above the limit of ${formatAmount(c.limit, cur)}`
        : null
    }
    case "company_on_hold":
      return f.credit?.on_hold ? "The company's account is on credit hold" : null
  }
}

const isRole = (x: unknown): x is ApproverRole => APPROVER_ROLES.includes(x as ApproverRole)

/**
 * Every active rule that fires, and the approval chain they need together: the union of their
 * levels in the fixed order company admin → sales manager → finance. An order placed by a
 * company admin does not wait for a company admin (placing it is that decision).
 */
export function evaluateApprovalRules(rules: RuleLike[], facts: ApprovalFacts): ApprovalOutcome {
  const triggers: ApprovalTrigger[] = []
  const roles = new Set<ApproverRole>()
  for (const rule of rules) {
    if (rule.active === false) continue
    const detail = ruleFires(rule, facts)
    if (!detail) continue
    triggers.push({ rule_id: rule.id, rule_name: rule.name, type: rule.type, detail })
    for (const r of Array.isArray(rule.levels) ? rule.levels : []) if (isRole(r)) roles.add(r)
  }
  if (facts.buyer.role === "admin") roles.delete("company_admin")
  const chain = APPROVER_ROLES.filter((r) => roles.has(r))
  return { triggers: chain.length ? triggers : [], chain }
}

/** The rules that fired for an order, each with the chain of approver roles it asks for. */
export type ApprovalTriggers = {
  type: string
  rule_id: string
  rule_name: string
  detail: string
  levels: string[]
}[]
