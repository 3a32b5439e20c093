import { describe, expect, it } from "vitest"
import { type ApprovalFacts, evaluateApprovalRules, type RuleLike } from "./approval-rules"

const rules: RuleLike[] = [
  {
    id: "r1",
    name: "Large order",
    type: "order_total_above",
    amount: "50000",
    currency_code: "cny",
    levels: ["company_admin", "sales_manager"],
  },
  {
    id: "r2",
    name: "Very large order",
    type: "order_total_above",
    amount: "200000",
    currency_code: "cny",
    levels: ["company_admin", "sales_manager", "finance"],
  },
  { id: "r3", name: "Deep discount", type: "line_discount_above", percent: "15", levels: ["sales_manager"] },
  { id: "r4", name: "Spending limit", type: "buyer_over_spending_limit", levels: ["company_admin"] },
  { id: "r5", name: "Credit limit", type: "company_over_credit_limit", levels: ["finance"] },
  { id: "r6", name: "On hold", type: "company_on_hold", levels: ["finance"] },
]

const facts = (over: Partial<ApprovalFacts> = {}): ApprovalFacts => ({
  currency_code: "cny",
  order_total: "1000.00",
  lines: [{ sku: "A", list_price: "100.00", unit_price: "92.00" }],
  buyer: { role: "buyer", spending_limit: null },
  ...over,
})

describe("evaluateApprovalRules", () => {
  it("lets a small order through with no chain", () => {
    expect(evaluateApprovalRules(rules, facts())).toEqual({ triggers: [], chain: [] })
  })

  it("needs company admin then sales manager above 50,000 CNY, but not at exactly 50,000", () => {
    expect(evaluateApprovalRules(rules, facts({ order_total: "50000.00" })).chain).toEqual([])
    const out = evaluateApprovalRules(rules, facts({ order_total: "50000.01" }))
    expect(out.chain).toEqual(["company_admin", "sales_manager"])
    expect(out.triggers.map((t) => t.rule_id)).toEqual(["r1"])
    expect(out.triggers[0].detail).toContain("50,000.01 CNY")
  })

  it("unions levels of several rules in the fixed order", () => {
    const out = evaluateApprovalRules(
      rules,
      facts({ order_total: "250000", lines: [{ sku: "B", list_price: "10", unit_price: "8" }] }),
    )
    expect(out.chain).toEqual(["company_admin", "sales_manager", "finance"])
    expect(out.triggers.map((t) => t.rule_id)).toEqual(["r1", "r2", "r3"])
    expect(out.triggers[2].detail).toContain("B (20.00%)")
  })

  it("ignores amount rules in another currency", () => {
    expect(evaluateApprovalRules(rules, facts({ currency_code: "usd", order_total: "90000" })).chain).toEqual([])
  })

  it("never reports a spending limit that is not set", () => {
    const none = evaluateApprovalRules(
      rules,
      facts({ order_total: "40000", buyer: { role: "buyer", spending_limit: null } }),
    )
    expect(none.chain).toEqual([])
    const over = evaluateApprovalRules(
      rules,
      facts({ order_total: "40000", buyer: { role: "buyer", spending_limit: "20000" } }),
    )
    expect(over.chain).toEqual(["company_admin"])
  })

  it("skips the company admin level when a company admin places the order", () => {
    expect(
      evaluateApprovalRules(rules, facts({ order_total: "60000", buyer: { role: "admin", spending_limit: null } }))
        .chain,
    ).toEqual(["sales_manager"])
  })

  it("checks credit only when the credit facts are supplied", () => {
    expect(evaluateApprovalRules(rules, facts()).chain).toEqual([])
    const over = evaluateApprovalRules(rules, facts({ credit: { limit: "5000", exposure: "4500", on_hold: false } }))
    expect(over.chain).toEqual(["finance"])
    const hold = evaluateApprovalRules(rules, facts({ credit: { limit: null, exposure: "0", on_hold: true } }))
    expect(hold.triggers.map((t) => t.rule_id)).toEqual(["r6"])
  })

  it("skips inactive rules", () => {
    const off = rules.map((r) => ({ ...r, active: false }))
    expect(evaluateApprovalRules(off, facts({ order_total: "999999" })).chain).toEqual([])
  })
})
