import { describe, expect, it } from "vitest"
import {
  alertRules,
  comparedMonths,
  DEFAULT_ALERT_RULES,
  dropPercent,
  grossProfit,
  midnightIn,
  occurrenceKey,
  percentChange,
  winRate,
} from "./dashboard"

describe("dashboard maths", () => {
  it("compares this month with last month and the same month last year, across a year's turn", () => {
    expect(comparedMonths("2026-12-02")).toEqual({
      current: "2026-12-01",
      previous: "2026-11-01",
      lastYear: "2025-12-01",
      next: "2027-01-01",
    })
    expect(comparedMonths("2027-01-31")).toMatchObject({ current: "2027-01-01", previous: "2026-12-01" })
  })

  it("states a change in percent, and none against nothing", () => {
    expect(percentChange("150", "100")).toBe("50.0")
    expect(percentChange("70", "100")).toBe("-30.0")
    expect(percentChange("1", "3")).toBe("-66.7")
    expect(percentChange("10", "0")).toBeNull()
  })

  it("works out gross profit and margin in decimals", () => {
    expect(grossProfit("300.10", "100.05")).toEqual({ profit: "200.05", margin: "66.7" })
    expect(grossProfit("0", "0")).toEqual({ profit: "0.00", margin: null })
  })

  it("finds where a day starts in the seller's time zone", () => {
    expect(midnightIn("2026-12-01", "Asia/Shanghai")).toBe("2026-11-30T16:00:00.000Z")
    expect(midnightIn("2026-12-01", "UTC")).toBe("2026-12-01T00:00:00.000Z")
  })

  it("win rate counts decided quotes only", () => {
    expect(winRate(1, 3)).toBe("25.0")
    expect(winRate(0, 0)).toBeNull()
  })
})

describe("alert rules", () => {
  it("takes the stored rules and falls back to defaults for nonsense", () => {
    expect(alertRules(null)).toEqual(DEFAULT_ALERT_RULES)
    expect(alertRules({ threshold_percent: 50, period_days: 14, min_orders: 2 })).toEqual({
      threshold_percent: 50,
      period_days: 14,
      min_orders: 2,
    })
    expect(alertRules({ threshold_percent: 0, period_days: "x", min_orders: 2.5 })).toEqual(DEFAULT_ALERT_RULES)
  })

  it("names each occurrence so it is raised once", () => {
    expect(occurrenceKey.productDrop("prod_1", "2026-12-20")).toBe("product_order_drop:prod_1:2026-12-20")
    expect(occurrenceKey.hold("comp_1", "2026-12-02T06:00:00.000Z")).toBe(
      "company_on_hold:comp_1:2026-12-02T06:00:00.000Z",
    )
    expect(dropPercent(10, 3)).toBe("70.0")
    expect(dropPercent(5, 0)).toBe("100.0")
  })
})
