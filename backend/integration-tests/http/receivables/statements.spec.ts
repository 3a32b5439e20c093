import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, stack } from "../../../../tests/support/api"
import { stockedSkus } from "../../../../tests/support/db"

const cents = (x: unknown) => Math.round(Number(x) * 100)

describe("statement of account and AR ageing", () => {
  let staff: string
  let acme: string
  let companyId: string
  beforeAll(async () => {
    ;[staff, acme] = await Promise.all([loginAdmin(), loginBuyer("buyer@acme.test")])
    companyId = (await api("GET", "/store/ordo/company", { token: acme })).body.company.id
    // Some activity of its own: an invoiced order and a part payment.
    const [sku] = await stockedSkus(1, 20)
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 4` } })
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "STATEMENT" },
    })
    const inv = (await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: placed.body.order.id } }))
      .body.invoice
    await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: companyId,
        amount: "10.00",
        method: "cash",
        allocations: [{ invoice_id: inv.id, amount: "10.00" }],
      },
    })
  })

  it("closes at the sum of open balances less the company's credit, in JSON and CSV", async () => {
    const invoices = (await api("GET", `/admin/ordo/invoices?company_id=${companyId}`, { token: staff })).body.invoices
    const payments = (await api("GET", `/admin/ordo/payments?company_id=${companyId}`, { token: staff })).body.payments
    const open = invoices
      .filter((i: any) => i.status === "issued" || i.status === "partially_paid")
      .reduce((s: number, i: any) => s + cents(i.balance), 0)
    const credit = payments
      .filter((p: any) => !p.reversed_at)
      .reduce((s: number, p: any) => s + cents(p.unallocated), 0)
    expect(open).toBeGreaterThan(0)

    const s = (await api("GET", `/admin/ordo/companies/${companyId}/statement?from=2000-01-01`, { token: staff })).body
      .statement
    expect(cents(s.opening_balance)).toBe(0)
    expect(cents(s.closing_balance)).toBe(open - credit)
    expect(s.lines.length).toBeGreaterThan(1)
    expect(cents(s.lines.at(-1).balance)).toBe(cents(s.closing_balance))
    expect(cents(s.ageing.total)).toBe(open)

    // The buyer's own statement is the same; CSV carries the same closing figure.
    const mine = (await api("GET", "/store/ordo/statement?from=2000-01-01", { token: acme })).body.statement
    expect(mine.closing_balance).toBe(s.closing_balance)
    const csv = await fetch(`${stack().backendUrl}/store/ordo/statement?from=2000-01-01&format=csv`, {
      headers: { authorization: `Bearer ${acme}`, "x-publishable-api-key": stack().publishableKey },
    })
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/)
    const rows = (await csv.text()).trim().split("\n")
    expect(rows[1]).toBe("date,type,reference,debit,credit,balance")
    expect(rows.at(-1)).toMatch(new RegExp(`closing balance,,,,${s.closing_balance.replace(".", "\\.")}$`))

    for (const lang of ["en", "zh-CN"]) {
      const pdf = await fetch(`${stack().backendUrl}/store/ordo/statement?from=2000-01-01&format=pdf&lang=${lang}`, {
        headers: { authorization: `Bearer ${acme}`, "x-publishable-api-key": stack().publishableKey },
      })
      expect(pdf.headers.get("content-type")).toBe("application/pdf")
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-")
    }
    const bad = await api("GET", `/admin/ordo/companies/${companyId}/statement?from=yesterday`, { token: staff })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/from/)
  })

  it("ages receivables per company and in total, with a weekly forecast, for staff only", async () => {
    const r = await api("GET", "/admin/ordo/reports/receivables", { token: staff })
    expect(r.status).toBe(200)
    const row = r.body.companies.find((c: any) => c.company_id === companyId)
    const invoices = (await api("GET", `/admin/ordo/invoices?company_id=${companyId}`, { token: staff })).body.invoices
    const open = invoices
      .filter((i: any) => (i.status === "issued" || i.status === "partially_paid") && i.kind !== "credit_note")
      .reduce((s: number, i: any) => s + cents(i.balance), 0)
    expect(cents(row.total)).toBe(open)
    expect(["current", "1_30", "31_60", "61_90", "90_plus"].reduce((s, b) => s + cents(row[b]), 0)).toBe(open)
    const cny = r.body.totals.find((t: any) => t.currency_code === "cny")
    const cnyRows = r.body.companies.filter((c: any) => c.currency_code === "cny")
    expect(cents(cny.total)).toBe(cnyRows.reduce((s: number, c: any) => s + cents(c.total), 0))
    const forecast = r.body.forecast.find((f: any) => f.currency_code === "cny")
    expect(forecast.weeks).toHaveLength(8)
    expect(forecast.weeks.reduce((s: number, w: any) => s + cents(w.expected), 0) + cents(forecast.later)).toBe(
      cents(cny.total),
    )
    expect((await api("GET", "/admin/ordo/reports/receivables", { token: acme })).status).toBe(401)
  })
})
