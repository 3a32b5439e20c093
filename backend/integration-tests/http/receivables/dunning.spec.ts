import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, until } from "../../../../tests/support/api"
import { sentMails, stockedSkus } from "../../../../tests/support/db"

const DAY = 86_400_000

describe("dunning: one mail per due level, over real SMTP, hold at 30 days, lifted when paid", () => {
  let staff: string
  let initech: string
  let companyId: string
  let sku: string
  beforeAll(async () => {
    ;[staff, initech] = await Promise.all([loginAdmin(), loginBuyer("buyer@initech.test")])
    ;[sku] = await stockedSkus(1, 20)
    companyId = (await api("GET", "/store/ordo/company", { token: initech })).body.company.id
    const set = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: staff,
      body: { terms: "net", net_days: 30, on_hold: false, dunning_paused: false },
    })
    expect(set.status).toBe(200)
  })

  async function invoicedOrder(po: string) {
    const cart = await api("POST", "/store/ordo/quick-order", { token: initech, body: { text: `${sku} 2` } })
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: initech,
      body: { address_id: await buyerAddressId(initech), po_number: po },
    })
    expect(placed.status).toBe(200)
    const issued = await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: placed.body.order.id } })
    expect(issued.status).toBe(201)
    return issued.body.invoice
  }
  const run = (asOf: Date) =>
    api("POST", "/admin/ordo/dunning/run", { token: staff, body: { as_of: asOf.toISOString(), company_id: companyId } })
  const mailsFor = async (number: string) =>
    (await sentMails()).filter((m) => m.template === "ordo-dunning" && m.body.includes(number))
  const credit = async () =>
    (await api("GET", `/admin/ordo/companies/${companyId}/credit`, { token: staff })).body.credit

  it("sends friendly, reminder, firm and final exactly once each, in the company's language, and holds the account", async () => {
    const inv = await invoicedOrder("DUN-1")
    // Hold mails before this run (other files' holds); the hold's reason may name any overdue invoice of Initech.
    const holdsBefore = (await sentMails()).filter((m) => m.template === "ordo-credit-hold").length
    const due = new Date(inv.due_at).getTime()
    expect((await run(new Date(due - 5 * DAY))).status).toBe(200)
    expect(await mailsFor(inv.number)).toHaveLength(0)

    const steps: [number, number][] = [
      [-2.5, 1],
      [-2, 1], // same level again: nothing new
      [3.5, 2],
      [4.5, 2],
      [15.5, 3],
      [30.5, 4],
      [31.5, 4],
    ]
    for (const [days, expected] of steps) {
      expect((await run(new Date(due + days * DAY))).status).toBe(200)
      expect(await mailsFor(inv.number), `after ${days} days`).toHaveLength(expected)
    }
    // Read at the simulated date, the invoice is 31 days overdue.
    const asOf = new Date(due + 30.5 * DAY).toISOString()
    const seen = await api("GET", `/admin/ordo/invoices?company_id=${companyId}&as_of=${encodeURIComponent(asOf)}`, {
      token: staff,
    })
    expect(seen.body.invoices.find((i: any) => i.id === inv.id)).toMatchObject({ overdue: true, days_overdue: 31 })
    const mails = await mailsFor(inv.number)
    expect(mails.every((m) => m.to.includes("buyer@initech.test"))).toBe(true)
    // Initech reads Chinese: subjects are in Chinese and name the invoice.
    expect(mails.map((m) => m.subject)).toEqual([
      `温馨提示：发票 ${inv.number} 将于 ${new Date(inv.due_at).toISOString().slice(0, 10)} 到期`,
      expect.stringMatching(new RegExp(`^发票 ${inv.number} 已逾期 4 天$`)),
      expect.stringMatching(/^第二次催款/),
      expect.stringMatching(/^最后通知/),
    ])
    const log = await api("GET", `/admin/ordo/dunning/log?invoice_id=${inv.id}`, { token: staff })
    expect(log.body.notices.map((n: any) => n.level_name).sort()).toEqual(
      ["Final notice", "Firm reminder", "Friendly reminder", "Reminder"].sort(),
    )
    expect(await credit()).toMatchObject({ on_hold: true, hold_source: "overdue" })
    // Finance hear of the hold once, in Initech's language, with the balance overdue on the run's date.
    // (Who holds the finance role depends on what earlier files did under Staff roles: each holder once.)
    const holdMails = await until(
      async () =>
        (await sentMails())
          .filter((m) => m.template === "ordo-credit-hold")
          .slice(holdsBefore)
          .filter((m) => /Initech/.test(m.subject ?? "")),
      (ms) => ms.length > 0,
    )
    const told = holdMails.flatMap((m) => m.to)
    expect(told.length).toBeGreaterThan(0)
    expect(new Set(told).size).toBe(told.length)
    expect(holdMails[0].subject).toMatch(/^暂停赊销：Initech/)
    expect(holdMails[0].body).toMatch(/逾期未付金额：[1-9][\d,.]* CNY/)
    // The run was for Initech only: Acme, whose invoices would be as late on that date, is untouched.
    const acmeId = (await api("GET", "/store/ordo/company", { token: await loginBuyer("buyer@acme.test") })).body
      .company.id
    const acmeCredit = (await api("GET", `/admin/ordo/companies/${acmeId}/credit`, { token: staff })).body.credit
    expect(acmeCredit.on_hold).toBe(false)

    // On hold, a new order goes to finance for approval.
    const cart = await api("POST", "/store/ordo/quick-order", { token: initech, body: { text: `${sku} 1` } })
    const held = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: initech,
      body: { address_id: await buyerAddressId(initech), po_number: "DUN-HELD" },
    })
    expect(held.body.order.ordo_status).toBe("requires_approval")

    // Paying the late invoice lifts the automatic hold.
    const paid = await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: companyId,
        amount: inv.total,
        method: "bank_transfer",
        allocations: [{ invoice_id: inv.id, amount: inv.total }],
      },
    })
    expect(paid.status).toBe(201)
    expect(await credit()).toMatchObject({ on_hold: false, hold_source: null })
  })

  it("sends nothing while dunning is paused for the company", async () => {
    await api("POST", `/admin/ordo/companies/${companyId}/credit`, { token: staff, body: { dunning_paused: true } })
    const inv = await invoicedOrder("DUN-PAUSED")
    const due = new Date(inv.due_at).getTime()
    await run(new Date(due + 3.5 * DAY))
    expect(await mailsFor(inv.number)).toHaveLength(0)
    await api("POST", `/admin/ordo/companies/${companyId}/credit`, { token: staff, body: { dunning_paused: false } })
    await run(new Date(due + 3.5 * DAY))
    expect((await mailsFor(inv.number)).map((m) => m.subject)).toEqual([expect.stringContaining("已逾期 4 天")])
  })
})
