import { describe, expect, it } from "vitest"
import { repFilter, reportScope } from "./report-scope"

describe("reportScope", () => {
  it("shows managers, sales managers and finance the whole business, filterable by any rep", () => {
    for (const roles of [["manager"], ["sales_manager"], ["finance"], ["sales", "sales_manager"]]) {
      const s = reportScope(roles, "user_1")
      expect(s).toEqual({ rep_id: null, sales: true })
      expect(repFilter(s, "user_9")).toBe("user_9")
      expect(repFilter(s, "")).toBeNull()
    }
  })

  it("holds a sales rep to their own customers whatever rep they ask for", () => {
    const s = reportScope(["sales"], "user_rep")
    expect(s).toEqual({ rep_id: "user_rep", sales: true })
    expect(repFilter(s, "user_other")).toBe("user_rep")
    expect(repFilter(s, null)).toBe("user_rep")
  })

  it("shows warehouse staff and staff without a role no sales figures", () => {
    expect(reportScope(["warehouse"], "u").sales).toBe(false)
    expect(reportScope([], "u").sales).toBe(false)
    expect(reportScope(["warehouse", "sales"], "u")).toEqual({ rep_id: "u", sales: true })
  })
})
