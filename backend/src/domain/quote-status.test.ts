import { describe, expect, it } from "vitest"
import { isLapsed, quoteTransitionRefusal, validUntil } from "./quote-status"

describe("quote status rules", () => {
  it("allows revising drafts and sent quotes, sending drafts, rejecting and accepting sent quotes", () => {
    expect(quoteTransitionRefusal("sent", "revised")).toBeNull()
    expect(quoteTransitionRefusal("draft", "sent")).toBeNull()
    expect(quoteTransitionRefusal("sent", "rejected")).toBeNull()
    expect(quoteTransitionRefusal("accepted", "accepted")).toBeNull()
  })

  it("names the state that forbids a transition", () => {
    expect(quoteTransitionRefusal("ordered", "revised")).toBe("A quote that is ordered cannot be revised")
    expect(quoteTransitionRefusal("sent", "sent")).toBe("A quote that is sent cannot be sent")
    expect(quoteTransitionRefusal("draft", "accepted")).toBe("A quote that is draft cannot be accepted")
    expect(quoteTransitionRefusal("expired", "rejected")).toBe("A quote that is expired cannot be rejected")
  })

  it("lapses only sent quotes past their date", () => {
    const now = new Date("2026-06-01T00:00:00Z")
    expect(isLapsed({ status: "sent", valid_until: "2026-05-31" }, now)).toBe(true)
    expect(isLapsed({ status: "sent", valid_until: "2026-06-02" }, now)).toBe(false)
    expect(isLapsed({ status: "draft", valid_until: "2026-05-31" }, now)).toBe(false)
    expect(isLapsed({ status: "sent", valid_until: null }, now)).toBe(false)
  })

  it("defaults validity to 30 days and refuses a date in the past", () => {
    const now = new Date("2026-06-01T00:00:00Z")
    expect(validUntil(null, now)).toEqual({ until: new Date("2026-07-01T00:00:00Z") })
    expect(validUntil(new Date("2026-05-01"), now)).toEqual({ refusal: "valid_until: must be in the future" })
  })
})
