import { describe, expect, it } from "vitest"
import { reportScope } from "./report-scope"
import { canOwnCustomers, notYourCustomer, repToShow, seesCompany } from "./sales-reps"

describe("sales reps", () => {
  it("lets sales staff, sales managers and managers own customers, nobody else", () => {
    expect(canOwnCustomers(["sales"])).toBe(true)
    expect(canOwnCustomers(["sales_manager"])).toBe(true)
    expect(canOwnCustomers(["manager"])).toBe(true)
    expect(canOwnCustomers(["warehouse", "finance"])).toBe(false)
    expect(canOwnCustomers([])).toBe(false)
  })

  it("reads rep=me as the caller and holds a rep to their own customers", () => {
    const manager = reportScope(["manager"], "user_boss")
    expect(repToShow(manager, "me", "user_boss")).toBe("user_boss")
    expect(repToShow(manager, "user_rep", "user_boss")).toBe("user_rep")
    expect(repToShow(manager, "none", "user_boss")).toBe("none")
    expect(repToShow(manager, undefined, "user_boss")).toBeNull()
    const rep = reportScope(["sales"], "user_rep")
    expect(repToShow(rep, "user_other", "user_rep")).toBe("user_rep")
    expect(repToShow(rep, "none", "user_rep")).toBe("user_rep")
    expect(repToShow(rep, undefined, "user_rep")).toBe("user_rep")
  })

  it("shows a rep only their own companies, the whole business every one", () => {
    const rep = reportScope(["sales"], "user_rep")
    expect(seesCompany(rep, "user_rep")).toBe(true)
    expect(seesCompany(rep, "user_other")).toBe(false)
    expect(seesCompany(rep, null)).toBe(false)
    expect(seesCompany(reportScope(["finance"], "f"), null)).toBe(true)
    expect(notYourCustomer("Globex")).toMatch(/^Globex is not your customer/)
  })
})
