import { describe, expect, it } from "vitest"
import { daysOverdue, dueDate } from "./credit-terms"
import { allocateOldestFirst, invoiceTotals } from "./invoice-math"

describe("invoiceTotals", () => {
  it("3 × 33.33 CNY (VAT 13% included) totals exactly 99.99", () => {
    const t = invoiceTotals(
      [{ title: "Bolt", quantity: 3, unit_price: "33.33", tax_rate: "13", tax_inclusive: true }],
      "cny",
    )
    expect(t.total).toBe("99.99")
    expect(t.tax_total).toBe("11.50")
    expect(t.subtotal).toBe("88.49")
  })
  it("adds tax on top of exclusive prices, rounded per line", () => {
    const t = invoiceTotals(
      [
        { title: "A", quantity: 3, unit_price: "0.35", tax_rate: "10", tax_inclusive: false },
        { title: "B", quantity: 1, unit_price: "10", tax_rate: "0", tax_inclusive: false },
      ],
      "usd",
    )
    expect(t.lines[0]).toMatchObject({ subtotal: "1.05", tax_total: "0.11", total: "1.16" })
    expect(t.total).toBe("11.16")
  })
})

describe("due dates", () => {
  const issued = new Date("2026-01-20T10:00:00Z")
  it("net 30, end of month + 15, prepaid", () => {
    expect(dueDate(issued, { terms: "net", net_days: 30 }).toISOString()).toBe("2026-02-19T23:59:59.999Z")
    expect(dueDate(issued, { terms: "eom", net_days: 15 }).toISOString()).toBe("2026-02-15T23:59:59.999Z")
    expect(dueDate(issued, { terms: "prepaid", net_days: 30 }).toISOString()).toBe("2026-01-20T23:59:59.999Z")
  })
  it("counts whole days overdue", () => {
    const due = new Date("2026-02-19T23:59:59.999Z")
    expect(daysOverdue(due, new Date("2026-02-19T12:00:00Z"))).toBe(0)
    expect(daysOverdue(due, new Date("2026-02-20T08:00:00Z"))).toBe(1)
    expect(daysOverdue(due, new Date("2026-03-21T08:00:00Z"))).toBe(30)
  })
})

describe("allocateOldestFirst", () => {
  const d = (s: string) => new Date(s)
  const open = [
    { id: "late", due_at: d("2026-03-01"), issued_at: d("2026-02-01"), balance: "100.00" },
    { id: "early", due_at: d("2026-02-01"), issued_at: d("2026-01-01"), balance: "50.00" },
  ]
  it("settles the oldest due first and keeps the rest as credit", () => {
    expect(allocateOldestFirst("120", open)).toEqual({
      allocations: [
        { invoice_id: "early", amount: "50" },
        { invoice_id: "late", amount: "70" },
      ],
      unallocated: "0",
    })
    expect(allocateOldestFirst("200.5", open).unallocated).toBe("50.5")
  })
})
