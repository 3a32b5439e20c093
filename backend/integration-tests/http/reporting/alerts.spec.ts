import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, createStockedProduct, login, loginAdmin, registerBuyer, until } from "../../../../tests/support/api"
import { type CapturedMail, sentMails, sql } from "../../../../tests/support/db"
import { dayIn } from "../../../src/domain/sales-rollup"
import { moveOrdersTo, staffUser } from "./support"

const TZ = process.env.REPORT_TIMEZONE || "Asia/Shanghai"
const DAY = 86_400_000

/** The test's own company (owned by `repId` when given) with a buyer who can order on account. */
async function companyWithBuyer(manager: string, name: string, email: string, repId?: string) {
  const company = await api("POST", "/admin/ordo/companies", {
    token: manager,
    body: { legal_name: name, currency_code: "cny", locale: "en" },
  })
  expect(company.status, JSON.stringify(company.body)).toBe(201)
  const companyId = company.body.company.id as string
  if (repId) await sql("update company set sales_rep_id = $2 where id = $1", [companyId, repId])
  const buyer = await registerBuyer(email)
  const attach = await api("POST", `/admin/ordo/companies/${companyId}/buyers`, {
    token: manager,
    body: { customer_id: buyer.customerId, role: "admin" },
  })
  expect(attach.status, JSON.stringify(attach.body)).toBe(201)
  const terms = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
    token: manager,
    body: { terms: "net", net_days: 30, invoice_on: "manual" },
  })
  expect(terms.status, JSON.stringify(terms.body)).toBe(200)
  return { companyId, buyer }
}

const mailsWith = async (pred: (m: CapturedMail) => boolean) => (await sentMails()).filter(pred)

describe("alerts: raised once per occurrence, mailed once to the right people, shown until dismissed", () => {
  const run = Date.now()
  let manager: string
  let rulesBefore: Record<string, number>

  beforeAll(async () => {
    manager = await loginAdmin()
    rulesBefore = (await api("GET", "/admin/ordo/alerts/settings", { token: manager })).body.rules
  })
  afterAll(async () => {
    await api("POST", "/admin/ordo/alerts/settings", { token: manager, body: rulesBefore })
  })

  it("only a manager sets the rules, and nonsense is refused naming the field without a write", async () => {
    const sales = await login("user", "salesmanager@ordo.test", "ordo-staff")
    const refused = await api("POST", "/admin/ordo/alerts/settings", {
      token: sales,
      body: { threshold_percent: 10, period_days: 30, min_orders: 2 },
    })
    expect(refused.status).toBe(403)
    const bad = await api("POST", "/admin/ordo/alerts/settings", {
      token: manager,
      body: { threshold_percent: 0, period_days: 30, min_orders: 2 },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/threshold_percent/)
    expect((await api("GET", "/admin/ordo/alerts/settings", { token: manager })).body.rules).toEqual(rulesBefore)
    expect((await api("POST", "/admin/ordo/alerts/run", { token: sales, body: {} })).status).toBe(403)
  })

  it("a product ordered 3 times in the previous period and once in this one fires ONE alert and ONE mail to the sales manager, however often detection runs", async () => {
    const saved = await api("POST", "/admin/ordo/alerts/settings", {
      token: manager,
      body: { threshold_percent: 30, period_days: 30, min_orders: 3 },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const sku = `TEST-ALERT-${run}`
    const { productId } = await createStockedProduct(manager, sku, 1000)
    const { buyer } = await companyWithBuyer(manager, `Alert Drop ${run}`, `drop.${run}@alerts.test`)
    const orders: string[] = []
    for (let i = 0; i < 4; i++) {
      const cart = await api("POST", "/store/ordo/quick-order", { token: buyer.token, body: { text: `${sku} 2` } })
      expect(cart.status, JSON.stringify(cart.body)).toBe(200)
      const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
        token: buyer.token,
        body: { address_id: buyer.addressId, po_number: `ALERT-${run}-${i}` },
      })
      expect(placed.status, JSON.stringify(placed.body)).toBe(200)
      orders.push(placed.body.order.id)
    }
    await until(
      () => sql("select order_id from sales_order_fact where order_id = any($1::text[])", [orders]),
      (r) => r.length === 4,
      100,
    )
    // Three of the four into the previous period (40 days ago); one stays in this one: down 66.7 %.
    await moveOrdersTo(orders.slice(0, 3), dayIn(new Date(Date.now() - 40 * DAY), TZ))

    const ofProduct = () => sql("select * from alert where subject_id = $1", [productId])
    const first = await api("POST", "/admin/ordo/alerts/run", { token: manager, body: {} })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.raised.filter((a: any) => a.subject_id === productId)).toHaveLength(1)
    // Again, and twice at once: nothing new.
    const again = await Promise.all([
      api("POST", "/admin/ordo/alerts/run", { token: manager, body: {} }),
      api("POST", "/admin/ordo/alerts/run", { token: manager, body: {} }),
      api("POST", "/admin/ordo/alerts/run", { token: manager, body: {} }),
    ])
    for (const r of again) {
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      expect(r.body.raised.filter((a: any) => a.subject_id === productId)).toHaveLength(0)
    }
    const [alert, ...more] = await ofProduct()
    expect(more).toHaveLength(0)
    expect(alert).toMatchObject({ kind: "product_order_drop", rep_id: "" })
    expect(alert.details).toMatchObject({ previous_orders: 3, current_orders: 1, drop_percent: "66.7" })
    expect(alert.delivered_at).not.toBeNull()
    expect(alert.notified.roles).toEqual(["sales_manager"])
    expect(alert.notified.emails).toContain("salesmanager@ordo.test")

    const title = `Test product ${sku}`
    const mails = await until(
      () => mailsWith((m) => m.template === "ordo-alert" && (m.subject ?? "").includes(title)),
      (ms) => ms.some((m) => m.to.includes("salesmanager@ordo.test")),
      100,
    )
    await new Promise((r) => setTimeout(r, 1000))
    const settled = await mailsWith((m) => m.template === "ordo-alert" && (m.subject ?? "").includes(title))
    expect(settled.length).toBe(mails.length)
    expect(settled.filter((m) => m.to.includes("salesmanager@ordo.test"))).toHaveLength(1)
    expect(settled.flatMap((m) => m.to)).not.toContain("sales@ordo.test")
    expect(settled.flatMap((m) => m.to)).not.toContain("warehouse@ordo.test")
    const mail = settled[0]
    expect(mail.subject).toBe(`Orders down 66.7 %: ${title} / 订单下降 66.7%：${title}`)
    expect(mail.body).toContain("1 order(s) in the last 30 days, against 3")
    expect(mail.body).toContain(`/app/products/${productId}`)

    // On the whole business's dashboard, not on a rep's; dismissed, it is gone (and not raised again).
    const board = await api("GET", "/admin/ordo/dashboard?currency=cny", { token: manager })
    expect(board.body.alerts.map((a: any) => a.id)).toContain(alert.id)
    expect(board.body.alerts.find((a: any) => a.id === alert.id).link).toBe(`/products/${productId}`)
    const rep = await login("user", "sales@ordo.test", "ordo-staff")
    expect((await api("GET", "/admin/ordo/dashboard", { token: rep })).body.alerts.map((a: any) => a.id)).not.toContain(
      alert.id,
    )
    const warehouse = await login("user", "warehouse@ordo.test", "ordo-staff")
    const notTheirs = await api("POST", `/admin/ordo/alerts/${alert.id}/dismiss`, { token: warehouse, body: {} })
    expect(notTheirs.status).toBe(404)
    expect((await ofProduct())[0].dismissed_at).toBeNull()
    const dismissed = await api("POST", `/admin/ordo/alerts/${alert.id}/dismiss`, { token: manager, body: {} })
    expect(dismissed.status, JSON.stringify(dismissed.body)).toBe(200)
    const after = await api("GET", "/admin/ordo/dashboard?currency=cny", { token: manager })
    expect(after.body.alerts.map((a: any) => a.id)).not.toContain(alert.id)
    const rerun = await api("POST", "/admin/ordo/alerts/run", { token: manager, body: {} })
    expect(rerun.body.raised.filter((a: any) => a.subject_id === productId)).toHaveLength(0)
    expect(await ofProduct()).toHaveLength(1)
  })

  it("a company put on hold raises one alert for finance and its rep: the rep is mailed once and sees it", async () => {
    const rep = await staffUser(`holdrep.${run}@alerts.test`, ["sales"])
    const name = `Alert Hold ${run}`
    const { companyId } = await companyWithBuyer(manager, name, `hold.${run}@alerts.test`, rep.userId)
    const reason = `Alert test hold ${run}`
    const hold = (body: Record<string, unknown>) =>
      api("POST", `/admin/ordo/companies/${companyId}/credit`, { token: manager, body })
    try {
      expect((await hold({ on_hold: true, hold_reason: reason })).status).toBe(200)
      expect((await hold({ on_hold: true, hold_reason: reason })).status).toBe(200)
      const alerts = await until(
        () => sql("select * from alert where subject_id = $1 and kind = 'company_on_hold'", [companyId]),
        (r) => r.length > 0 && r[0].delivered_at !== null,
        100,
      )
      expect(alerts).toHaveLength(1)
      expect(alerts[0]).toMatchObject({ rep_id: rep.userId, subject_label: name })
      expect(alerts[0].details).toMatchObject({ reason })
      expect(alerts[0].notified.roles).toEqual(["finance", "rep"])

      // Finance: the credit-hold mail, once; the rep: the alert, once.
      await until(
        () => mailsWith((m) => m.template === "ordo-alert" && m.to.includes(`holdrep.${run}@alerts.test`)),
        (ms) => ms.length > 0,
        100,
      )
      await new Promise((r) => setTimeout(r, 1000))
      const repMails = await mailsWith((m) => m.to.includes(`holdrep.${run}@alerts.test`))
      expect(repMails).toHaveLength(1)
      expect(repMails[0].subject).toBe(`Credit hold: ${name} / 暂停赊销：${name}`)
      const financeMails = await mailsWith(
        (m) => m.to.includes("finance@ordo.test") && (m.body.includes(reason) || (m.subject ?? "").includes(name)),
      )
      expect(financeMails).toHaveLength(1)
      expect(financeMails[0].template).toBe("ordo-credit-hold")

      // The rep sees it on their dashboard and may dismiss it; another rep could not.
      const board = await api("GET", "/admin/ordo/dashboard?currency=cny", { token: rep.token })
      const shown = board.body.alerts.find((a: any) => a.id === alerts[0].id)
      expect(shown).toMatchObject({ kind: "company_on_hold", link: `/companies/${companyId}` })
      const other = await login("user", "sales@ordo.test", "ordo-staff")
      expect((await api("POST", `/admin/ordo/alerts/${alerts[0].id}/dismiss`, { token: other, body: {} })).status).toBe(
        404,
      )
      const dismissed = await api("POST", `/admin/ordo/alerts/${alerts[0].id}/dismiss`, { token: rep.token, body: {} })
      expect(dismissed.status).toBe(200)
      const [row] = await sql("select dismissed_at, dismissed_by from alert where id = $1", [alerts[0].id])
      expect(row.dismissed_by).toBe(rep.userId)
    } finally {
      expect((await hold({ on_hold: false, hold_reason: null })).status).toBe(200)
    }
  })
})
