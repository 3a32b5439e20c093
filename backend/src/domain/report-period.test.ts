import { describe, expect, it } from "vitest"
import { PeriodError, reportRange, todayIn } from "./report-period"

describe("report range", () => {
  it("defaults to the last 30 days by day, 12 weeks by week, 12 whole months by month", () => {
    expect(reportRange({}, "2026-03-15")).toEqual({
      from: "2026-02-14",
      to: "2026-03-15",
      period: "day",
      wholeMonths: false,
    })
    expect(reportRange({ period: "week" }, "2026-03-15").from).toBe("2025-12-22")
    expect(reportRange({ period: "month" }, "2026-03-15")).toEqual({
      from: "2025-04-01",
      to: "2026-03-31",
      period: "month",
      wholeMonths: true,
    })
  })

  it("widens month buckets to whole months and says when a day range is whole months", () => {
    expect(reportRange({ from: "2026-01-20", to: "2026-02-03", period: "month" }, "2026-03-01")).toMatchObject({
      from: "2026-01-01",
      to: "2026-02-28",
    })
    expect(reportRange({ from: "2024-02-01", to: "2024-02-29" }, "2026-03-01").wholeMonths).toBe(true)
    expect(reportRange({ from: "2024-02-01", to: "2024-02-28" }, "2026-03-01").wholeMonths).toBe(false)
  })

  it("refuses ranges too long for their buckets, naming the field", () => {
    expect(() => reportRange({ from: "2026-01-01", to: "2026-04-30" }, "2026-05-01")).toThrow(
      /^to: day buckets cover at most 92 days/,
    )
    expect(reportRange({ from: "2026-01-01", to: "2026-04-02" }, "2026-05-01").to).toBe("2026-04-02")
    expect(() => reportRange({ from: "2024-01-01", to: "2026-01-01", period: "week" }, "2026-05-01")).toThrow(
      PeriodError,
    )
    expect(() => reportRange({ from: "2026-02-01", to: "2026-01-01" }, "2026-05-01")).toThrow(
      "to: must not be before from",
    )
  })

  it("tells the seller's day in their time zone", () => {
    expect(todayIn("Asia/Shanghai", new Date("2026-03-31T17:00:00Z"))).toBe("2026-04-01")
    expect(todayIn("UTC", new Date("2026-03-31T17:00:00Z"))).toBe("2026-03-31")
  })
})
