import { describe, expect, it } from "vitest"
import { actsAs, hasRight, holdersOf, normalisePath, requiredRight } from "./staff-rights"

describe("staff rights", () => {
  it("gives a manager every right and other roles only theirs", () => {
    expect(hasRight(["manager"], "receivables")).toBe(true)
    expect(hasRight(["manager"], "staff")).toBe(true)
    expect(hasRight(["finance"], "receivables")).toBe(true)
    expect(hasRight(["finance"], "stock")).toBe(false)
    expect(hasRight(["sales"], "order_entry")).toBe(true)
    expect(hasRight(["sales"], "pricing")).toBe(false)
    expect(hasRight(["sales_manager"], "order_entry")).toBe(true)
    expect(hasRight([], "order_entry")).toBe(false)
    expect(hasRight(["warehouse", "finance"], "stock")).toBe(true)
    expect(hasRight(["sales_manager"], "sales_team")).toBe(true)
    expect(hasRight(["sales"], "sales_team")).toBe(false)
  })

  it("lets a manager act as any approver role, others only as their own", () => {
    expect(actsAs(["manager"], "finance")).toBe(true)
    expect(actsAs(["finance"], "finance")).toBe(true)
    expect(actsAs(["sales"], "sales_manager")).toBe(false)
  })

  it("names who holds a right", () => {
    expect(holdersOf("receivables")).toBe("Finance or Manager / owner")
    expect(holdersOf("staff")).toBe("Manager / owner")
  })

  it("needs no right to read and a named right for each kind of write", () => {
    expect(requiredRight("GET", "/admin/ordo/invoices")).toBeNull()
    expect(requiredRight("POST", "/admin/ordo/payments")).toBe("receivables")
    expect(requiredRight("POST", "/admin/ordo/companies/comp_1/credit")).toBe("credit")
    expect(requiredRight("POST", "/admin/ordo/companies/comp_1")).toBe("order_entry")
    // Who owns a customer is the sales manager's call, not any order taker's.
    expect(requiredRight("POST", "/admin/ordo/companies/comp_1/sales-rep")).toBe("sales_team")
    expect(requiredRight("POST", "/admin/ordo/approval-rules/aprule_1")).toBe("approval_rules")
    expect(requiredRight("POST", "/admin/ordo/stock/adjustments")).toBe("stock")
    expect(requiredRight("POST", "/admin/users/user_1")).toBe("staff")
    expect(requiredRight("DELETE", "/admin/users/user_1")).toBe("staff")
    expect(requiredRight("POST", "/admin/orders/order_1/fulfillments")).toBe("shipping")
    expect(requiredRight("POST", "/admin/orders/order_1/cancel")).toBe("order_changes")
    expect(requiredRight("POST", "/admin/order-edits/order_1/items")).toBe("order_changes")
    expect(requiredRight("POST", "/admin/price-lists/pl_1/prices/batch")).toBe("pricing")
    expect(requiredRight("POST", "/admin/product-categories")).toBe("pricing")
    expect(requiredRight("POST", "/admin/inventory-items/ii_1/location-levels/sloc_1")).toBe("stock")
    expect(requiredRight("POST", "/admin/payments/pay_1/refund")).toBe("receivables")
    expect(requiredRight("POST", "/admin/ordo/approvals/apreq_1/decision")).toBe("any_staff")
    expect(requiredRight("POST", "/admin/ordo/channels/chconn_1/sync")).toBe("order_entry")
    expect(requiredRight("POST", "/admin/ordo/channels/test-connection")).toBe("settings")
    expect(requiredRight("POST", "/admin/ordo/channel-orders/chord_1/resolve")).toBe("order_entry")
  })

  it("cannot be walked around with slashes, case or a query string", () => {
    expect(requiredRight("POST", "/admin/users/user_1/")).toBe("staff")
    expect(requiredRight("POST", "//admin//users/user_1")).toBe("staff")
    expect(requiredRight("post", "/ADMIN/Users/user_1?x=1")).toBe("staff")
    expect(requiredRight("POST", "/admin/ordo/payments/?a=b")).toBe("receivables")
    expect(normalisePath("/admin/ordo//invoices/")).toBe("/admin/ordo/invoices")
  })

  it("closes a write no entry names to everyone but managers", () => {
    expect(requiredRight("POST", "/admin/some-new-medusa-route")).toBe("settings")
    expect(requiredRight("POST", "/admin/regions")).toBe("settings")
    expect(requiredRight("POST", "/admin/api-keys")).toBe("settings")
    expect(requiredRight("POST", "/admin/%75sers/user_1")).toBe("settings")
  })
})
