import { describe, expect, it } from "vitest"
import { planDunning, recipientsOf } from "./dunning"

const levels = [
  { id: "l-3", name: "Friendly", offset_days: -3, tone: "friendly", hold: false },
  { id: "l3", name: "Reminder", offset_days: 3, tone: "reminder", hold: false },
  { id: "l30", name: "Final", offset_days: 30, tone: "final", hold: true },
]
const company = {
  id: "c1",
  legal_name: "Acme",
  locale: "en",
  buyers: [
    { role: "admin", email: "a@acme.test" },
    { role: "buyer", email: "b@acme.test" },
  ],
}
const inv = (id: string, due: string, paid = "0") => ({
  id,
  number: id,
  company_id: "c1",
  currency_code: "cny",
  total: "100",
  paid_total: paid,
  due_at: due,
})
const plan = (
  invoices: any[],
  sent = new Map<string, number[]>(),
  account = { auto_hold_days: 45, dunning_paused: false },
) =>
  planDunning({
    now: new Date("2026-06-10T12:00:00Z"),
    levels,
    invoices,
    companies: new Map([["c1", company]]),
    accounts: new Map([["c1", account]]),
    sent,
  })

describe("dunning plan", () => {
  it("sends the highest level due, once, to admins and finance", () => {
    const p = plan([inv("A", "2026-06-05T23:59:59Z")])
    expect(p.notices.map((n) => [n.invoice.id, n.level.id, n.recipients])).toEqual([["A", "l3", ["a@acme.test"]]])
    expect(plan([inv("A", "2026-06-05T23:59:59Z")], new Map([["A", [3]]])).notices).toEqual([])
  })
  it("never sends a lower level late and skips paid invoices and paused companies", () => {
    expect(plan([inv("A", "2026-06-05T23:59:59Z")], new Map([["A", [30]]])).notices).toEqual([])
    expect(plan([inv("B", "2026-06-05T23:59:59Z", "100")]).notices).toEqual([])
    expect(
      plan([inv("A", "2026-06-05T23:59:59Z")], new Map(), { auto_hold_days: 45, dunning_paused: true }).notices,
    ).toEqual([])
  })
  it("puts a company on hold at a hold level or past its auto-hold days", () => {
    expect(plan([inv("A", "2026-05-01T23:59:59Z")]).holds.map((h) => h.company_id)).toEqual(["c1"])
    expect(plan([inv("A", "2026-06-05T23:59:59Z")]).holds).toEqual([])
  })
  it("falls back to every buyer when a company has no admin or finance", () => {
    expect(
      recipientsOf({
        ...company,
        buyers: [
          { role: "buyer", email: "b@x" },
          { role: "buyer", email: "b@x" },
        ],
      }),
    ).toEqual(["b@x"])
  })
})
