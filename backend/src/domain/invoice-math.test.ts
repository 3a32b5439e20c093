import { describe, expect, it } from "vitest"
import { daysOverdue, dueDate } from "./credit-terms"
import { allocateOldestFirst, invoiceTotals, planCreditNoteUse } from "./invoice-math"

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

describe("planCreditNoteUse", () => {
  const note = {
    id: "cn",
    number: "CN-2026-000001",
    kind: "credit_note",
    status: "partially_paid",
    total: "100.00",
    paid_total: "60.00",
    company_id: "c1",
    currency_code: "cny",
    due_at: "2026-01-01",
    issued_at: "2026-01-01",
  }
  const invoice = {
    ...note,
    id: "inv",
    number: "INV-2026-000009",
    kind: "invoice",
    status: "issued",
    total: "30.00",
    paid_total: "0",
  }
  it("allows up to what is left on the note and the invoice's balance", () => {
    expect(planCreditNoteUse(note, invoice, "30.00")).toEqual([])
    expect(planCreditNoteUse(note, { ...invoice, total: "50.00" }, "40")).toEqual([])
  })
  it("names the field that is wrong", () => {
    expect(planCreditNoteUse(note, { ...invoice, total: "50.00" }, "40.01")[0]).toMatch(
      /^amount: more than the credit left on CN-2026-000001 \(40.00\)/,
    )
    expect(planCreditNoteUse(note, invoice, "30.01")[0]).toMatch(
      /^amount: more than the balance of INV-2026-000009 \(30.00\)/,
    )
    expect(planCreditNoteUse(note, invoice, "0")[0]).toMatch(/^amount: /)
    expect(planCreditNoteUse(note, invoice, "1.001")[0]).toMatch(/^amount: /)
    expect(planCreditNoteUse(note, { ...invoice, company_id: "c2" }, "1")[0]).toMatch(/^invoice_id: /)
    expect(planCreditNoteUse(note, { ...invoice, status: "paid" }, "1")[0]).toMatch(/^invoice_id: /)
    expect(planCreditNoteUse(note, undefined, "1")[0]).toMatch(/^invoice_id: /)
    expect(planCreditNoteUse({ ...note, paid_total: "100.00", status: "paid" }, invoice, "1")[0]).toMatch(
      /^credit_note: /,
    )
    expect(planCreditNoteUse({ ...note, kind: "invoice" }, invoice, "1")[0]).toMatch(/^credit_note: /)
  })
})
