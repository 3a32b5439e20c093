import { describe, expect, it } from "vitest"
import { deliveryDateProblem, earliestDeliveryDay } from "./order-request"

const now = new Date("2026-12-01T21:00:00Z")

describe("requested delivery date", () => {
  it("accepts today and later, refuses yesterday, naming the field", () => {
    expect(deliveryDateProblem("2026-12-01", now)).toBeNull()
    expect(deliveryDateProblem("2027-01-15", now)).toBeNull()
    expect(deliveryDateProblem("2026-11-30", now)).toBe(
      "requested_delivery_date: must be today or later, not a day in the past",
    )
  })

  it("does not refuse anyone's today: at 02:00 UTC it is still yesterday west of Greenwich", () => {
    const early = new Date("2026-12-02T02:00:00Z")
    expect(earliestDeliveryDay(early)).toBe("2026-12-01")
    expect(deliveryDateProblem("2026-12-01", early)).toBeNull()
    expect(deliveryDateProblem("2026-11-30", early)).not.toBeNull()
  })

  it("wants a real calendar day written YYYY-MM-DD", () => {
    for (const bad of ["2026-02-30", "01/12/2026", "2026-1-5", "tomorrow", ""]) {
      expect(deliveryDateProblem(bad, now), bad).toBe("requested_delivery_date: a date such as 2026-12-24")
    }
    expect(deliveryDateProblem("2101-01-01", now)).toMatch(/^requested_delivery_date: /)
  })
})
