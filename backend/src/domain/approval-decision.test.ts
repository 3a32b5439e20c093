import { describe, expect, it } from "vitest"
import { approvedRolesWith, decisionRefusal, type PendingRequest, restartedChain } from "./approval-decision"

const request = (over: Partial<PendingRequest> = {}): PendingRequest => ({
  status: "pending",
  current_level: 1,
  chain: [
    { level: 1, role: "company_admin" },
    { level: 2, role: "finance" },
  ],
  requested_by: "cus_buyer",
  company_id: "comp_a",
  decisions: [],
  ...over,
})
const admin = { type: "customer" as const, id: "cus_admin", name: "Admin" }
const finance = { type: "user" as const, id: "user_fin", name: "Fin", roles: ["finance"] }

describe("decisionRefusal", () => {
  it("lets the company's admin decide the company-admin level", () => {
    expect(decisionRefusal(request(), admin, "approved", null, "comp_a")).toBeNull()
  })

  it("refuses another company's admin and the buyer who placed the order", () => {
    expect(decisionRefusal(request(), admin, "approved", null, "comp_b")?.kind).toBe("forbidden")
    expect(decisionRefusal(request({ requested_by: "cus_admin" }), admin, "approved", null, "comp_a")?.kind).toBe(
      "forbidden",
    )
  })

  it("refuses staff on a buyer's level and buyers on a staff level", () => {
    expect(decisionRefusal(request(), finance, "approved", null, null)?.message).toMatch(/level 1 \(company admin\)/)
    const atFinance = request({
      current_level: 2,
      decisions: [{ level: 1, decision: "approved", role: "company_admin" }],
    })
    expect(decisionRefusal(atFinance, admin, "approved", null, "comp_a")?.kind).toBe("forbidden")
    expect(decisionRefusal(atFinance, finance, "approved", null, null)).toBeNull()
  })

  it("refuses a decided request, a decided level and a rejection without reason", () => {
    expect(decisionRefusal(request({ status: "approved" }), admin, "approved", null, "comp_a")).toEqual({
      kind: "conflict",
      message: "This approval request is already approved",
    })
    const decided = request({ decisions: [{ level: 1, decision: "approved", role: "company_admin" }] })
    expect(decisionRefusal(decided, admin, "approved", null, "comp_a")?.message).toBe(
      "Level 1 has already been decided",
    )
    expect(decisionRefusal(request(), admin, "rejected", "  ", "comp_a")?.kind).toBe("invalid")
    expect(decisionRefusal(request(), admin, "rejected", "Too dear", "comp_a")).toBeNull()
  })
})

describe("restartedChain and approvedRolesWith", () => {
  it("adds newly needed roles in the fixed order from level 1", () => {
    expect(restartedChain([{ role: "finance" }], ["company_admin"])).toEqual([
      { level: 1, role: "company_admin" },
      { level: 2, role: "finance" },
    ])
  })

  it("counts approvals so far with the current one", () => {
    const r = request({
      decisions: [
        { level: 1, decision: "approved", role: "company_admin" },
        { level: 2, decision: "rejected", role: "finance" },
      ],
    })
    expect(approvedRolesWith(r, "sales_manager")).toEqual(["company_admin", "sales_manager"])
  })
})
