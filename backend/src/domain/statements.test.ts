import { describe, expect, it } from "vitest"
import {
  ageing,
  collectionForecast,
  type LedgerInvoice,
  type LedgerPayment,
  overdueOf,
  paymentBehaviour,
  statement,
} from "./statements"

const now = new Date("2026-06-30T12:00:00Z")
const inv = (
  id: string,
  total: string,
  paid: string,
  due: string,
  issued = "2026-01-01",
  extra: Partial<LedgerInvoice> = {},
) =>
  ({
    id,
    number: id.toUpperCase(),
    kind: "invoice",
    status: Number(paid) === 0 ? "issued" : Number(paid) >= Number(total) ? "paid" : "partially_paid",
    total,
    paid_total: paid,
    currency_code: "cny",
    issued_at: `${issued}T10:00:00Z`,
    due_at: `${due}T23:59:59.999Z`,
    company_id: "c1",
    ...extra,
  }) as LedgerInvoice

describe("ageing", () => {
  it("puts each open balance in its bucket", () => {
    const a = ageing(
      [
        inv("a", "100", "0", "2026-07-10"), // not due
        inv("b", "200", "50", "2026-06-20"), // 10 days
        inv("c", "300", "0", "2026-05-15"), // 46 days
        inv("d", "400", "0", "2026-03-01"), // 121 days
        inv("e", "999", "999", "2026-01-01"), // paid
      ],
      now,
      "cny",
    )
    expect(a).toEqual({
      current: "100.00",
      "1_30": "150.00",
      "31_60": "300.00",
      "61_90": "0.00",
      "90_plus": "400.00",
      total: "950.00",
    })
    // A rep's overdue is every bucket past due: 150 + 300 + 400.
    expect(overdueOf(a, "cny")).toBe("850.00")
  })
})

describe("statement", () => {
  it("opens with what was owed, runs through the period and closes at open balances less credit", () => {
    const invoices = [
      inv("i1", "100.00", "100.00", "2026-02-01", "2026-01-05"),
      inv("i2", "33.33", "0", "2026-07-01", "2026-06-05"),
      inv("cn1", "10.00", "0", "2026-06-10", "2026-06-10", { kind: "credit_note", status: "issued" }),
    ]
    const payments: LedgerPayment[] = [
      {
        id: "p1",
        method: "bank_transfer",
        amount: "100.00",
        unallocated: "0",
        received_at: "2026-01-20T00:00:00Z",
        allocations: [{ invoice_id: "i1", amount: "100" }],
      },
      {
        id: "p2",
        method: "cheque",
        amount: "50.00",
        unallocated: "50.00",
        received_at: "2026-06-10T00:00:00Z",
        reversed_at: "2026-06-12T00:00:00Z",
      },
    ]
    const s = statement(invoices, payments, new Date("2026-06-01"), new Date("2026-07-01"), "cny")
    expect(s.opening_balance).toBe("0.00")
    expect(s.lines.map((l) => [l.kind, l.debit, l.credit, l.balance])).toEqual([
      ["invoice", "33.33", "", "33.33"],
      ["payment (cheque)", "", "50.00", "-16.67"],
      ["credit_note", "", "10.00", "-26.67"],
      ["payment reversed", "50.00", "", "23.33"],
    ])
    expect(s.closing_balance).toBe("23.33")
  })
})

describe("payment behaviour and forecast", () => {
  it("averages days late over paid invoices and pushes expected receipts by it", () => {
    const invoices = [
      inv("x", "100", "100", "2026-06-01"),
      inv("y", "100", "100", "2026-06-10"),
      inv("z", "70", "0", "2026-07-03"),
    ]
    const payments: LedgerPayment[] = [
      {
        id: "p",
        method: "bank_transfer",
        amount: "100",
        unallocated: "0",
        received_at: "2026-06-11T08:00:00Z",
        allocations: [{ invoice_id: "x", amount: "100" }],
      },
      {
        id: "q",
        method: "bank_transfer",
        amount: "100",
        unallocated: "0",
        received_at: "2026-06-09T08:00:00Z",
        allocations: [{ invoice_id: "y", amount: "100" }],
      },
    ]
    const b = paymentBehaviour(invoices, payments)
    expect(b).toEqual({ paid_invoices: 2, average_days_late: 5, on_time_share: 0.5 })
    const f = collectionForecast(invoices, new Map([["c1", b.average_days_late]]), now, "cny")
    expect(f.weeks[1].expected).toBe("70.00") // due 3 Jul + 5 days late → 8 Jul, in week 2
    expect(f.weeks[0].expected).toBe("0.00")
  })
})
