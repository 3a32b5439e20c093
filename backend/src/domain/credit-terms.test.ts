import { describe, expect, it } from "vitest"
import { availableCredit } from "./credit-terms"

describe("availableCredit", () => {
  it("is the limit less the exposure, in decimals, negative when over the limit", () => {
    expect(availableCredit("10000.00", "2500.10")).toBe("7499.9")
    expect(availableCredit("0.3", "0.1")).toBe("0.2")
    expect(availableCredit("100", "150.5")).toBe("-50.5")
  })
  it("is null when the company has no limit", () => {
    expect(availableCredit(null, "5")).toBeNull()
  })
})
