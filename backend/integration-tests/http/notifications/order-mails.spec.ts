import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, loginAdmin, loginBuyer, until } from "../../../../tests/support/api"
import { type CapturedMail, sentMails, sql, stockedSkus } from "../../../../tests/support/db"

const mailsOf = async (template: string, match: (m: CapturedMail) => boolean) =>
  (await sentMails()).filter((m) => m.template === template && match(m))
/** Waits (up to 10 s) for at least `n` captured mails of a template matching `match`. */
const awaitMails = (template: string, match: (m: CapturedMail) => boolean, n = 1) =>
  until(
    () => mailsOf(template, match),
    (ms) => ms.length >= n,
    100,
  )
const notificationRows = async (template: string, field: string, value: string) =>
  (
    await sql<{ n: number }>(
      "select count(*)::int as n from notification where template = $1 and data->>$2 = $3 and status = 'success'",
      [template, field, value],
    )
  )[0].n
/** Runs a mail workflow again, as a re-delivered event would (the subscriber only runs it). */
const rerun = (staff: string, workflow: string, input: Record<string, unknown>) =>
  api("POST", `/admin/workflows-executions/${workflow}/run`, { token: staff, body: { input } })

describe("order mails: confirmation, invoice with its PDF, accepted quote — each once, in the company's language", () => {
  let staff: string
  let acme: string
  let sku: string
  let orderId: string
  let displayId: number
  beforeAll(async () => {
    ;[staff, acme] = await Promise.all([loginAdmin(), loginBuyer("buyer@acme.test")])
    ;[sku] = await stockedSkus(1, 20)
  })

  it("a placed order is confirmed to its buyer once, in Chinese for Acme, with the PO number, lines and link", async () => {
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 2` } })
    expect(cart.status).toBe(200)
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "MAIL-PO-1" },
    })
    expect(placed.status).toBe(200)
    orderId = placed.body.order.id
    displayId = placed.body.order.display_id
    const mails = await awaitMails("ordo-order-confirmed", (m) => m.body.includes(`/orders/${orderId}`))
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.to).toEqual(["buyer@acme.test"])
    expect(mail.subject).toBe(`订单 #${displayId} 已确认（采购单号 MAIL-PO-1）`)
    expect(mail.body).toContain("采购单号：MAIL-PO-1")
    expect(mail.body).toContain(`${sku} × 2`)
    expect(mail.body).toMatch(/合计：[\d,.]+ CNY/)

    // The event delivered again: the notification's idempotency key lets nothing through twice.
    const again = await rerun(staff, "ordo-send-order-confirmation", { order_id: orderId })
    expect(again.status).toBe(200)
    await new Promise((r) => setTimeout(r, 500))
    expect(await mailsOf("ordo-order-confirmed", (m) => m.body.includes(`/orders/${orderId}`))).toHaveLength(1)
    expect(await notificationRows("ordo-order-confirmed", "order_id", orderId)).toBe(1)
  })

  it("an issued invoice is mailed to the company's billing contact with the invoice PDF attached, once", async () => {
    const issued = await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: orderId } })
    expect(issued.status).toBe(201)
    const invoice = issued.body.invoice
    const mails = await awaitMails("ordo-invoice-issued", (m) => m.body.includes(invoice.number))
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.to).toEqual(["buyer@acme.test"])
    expect(mail.subject).toBe(`发票 ${invoice.number}（订单 #${displayId}）`)
    expect(mail.body).toContain("采购单号：MAIL-PO-1")
    expect(mail.attachments).toEqual([
      expect.objectContaining({ filename: `${invoice.number}.pdf`, content_type: "application/pdf" }),
    ])
    expect(mail.attachments?.[0].head.startsWith("%PDF-")).toBe(true)
    expect(mail.attachments?.[0].size).toBeGreaterThan(1000)

    const again = await rerun(staff, "ordo-send-invoice-mail", { invoice_id: invoice.id })
    expect(again.status).toBe(200)
    await new Promise((r) => setTimeout(r, 500))
    expect(await mailsOf("ordo-invoice-issued", (m) => m.body.includes(invoice.number))).toHaveLength(1)
    expect(await notificationRows("ordo-invoice-issued", "invoice_id", invoice.id)).toBe(1)
  })

  it("an accepted quote tells the sales staff (sales and sales managers), in the company's language, once", async () => {
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 3` } })
    expect(cart.status).toBe(200)
    const requested = await api("POST", "/store/ordo/quotes", {
      token: acme,
      body: { cart_id: cart.body.cart.id, message: "Quote please" },
    })
    expect(requested.status).toBe(201)
    const quote = requested.body.quote
    expect((await api("POST", `/admin/ordo/quotes/${quote.id}/send`, { token: staff, body: {} })).status).toBe(200)
    const accepted = await api("POST", `/store/ordo/quotes/${quote.id}/accept`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: "MAIL-Q-1" },
    })
    expect(accepted.status).toBe(200)
    const subject = `报价单 Q-${quote.display_id} 已确认，可转为销售订单`
    // Sales and sales managers (other staff may hold the sales role too, by earlier files): wait for both.
    const mails = await until(
      () => mailsOf("ordo-quote-accepted", (m) => m.subject === subject),
      (ms) => ["sales@ordo.test", "salesmanager@ordo.test"].every((a) => ms.some((m) => m.to.includes(a))),
      100,
    )
    const to = mails.flatMap((m) => m.to)
    expect(to).toEqual(expect.arrayContaining(["sales@ordo.test", "salesmanager@ordo.test"]))
    expect(new Set(to).size).toBe(to.length)
    expect(to).not.toContain("finance@ordo.test")
    expect(mails[0].body).toContain("MAIL-Q-1")

    const again = await rerun(staff, "ordo-send-quote-accepted-mail", {
      quote_id: quote.id,
      order_id: accepted.body.order_id ?? accepted.body.order?.id,
    })
    expect(again.status).toBe(200)
    await new Promise((r) => setTimeout(r, 500))
    // Still once each: no recipient twice (staff given the sales role by other files may be mailed
    // after the first look, so the list may have grown, but never by a repeat).
    const after = (await mailsOf("ordo-quote-accepted", (m) => m.subject === subject)).flatMap((m) => m.to)
    expect(after).toEqual(expect.arrayContaining(to))
    expect(new Set(after).size).toBe(after.length)
  })

  it("putting an account on credit hold tells finance once, with the reason", async () => {
    const companyId = (await api("GET", "/store/ordo/company", { token: acme })).body.company.id
    const reason = `Mail test hold ${Date.now()}`
    const hold = (body: Record<string, unknown>) =>
      api("POST", `/admin/ordo/companies/${companyId}/credit`, { token: staff, body })
    try {
      expect((await hold({ on_hold: true, hold_reason: reason })).status).toBe(200)
      // Saving the account again while it is on hold announces nothing new.
      expect((await hold({ on_hold: true, hold_reason: reason })).status).toBe(200)
      await awaitMails("ordo-credit-hold", (m) => m.body.includes(reason) && m.to.includes("finance@ordo.test"))
      // Once: one mail per recipient (finance, and managers), however often the account was saved.
      await new Promise((r) => setTimeout(r, 1000))
      const all = await mailsOf("ordo-credit-hold", (m) => m.body.includes(reason))
      const recipients = all.flatMap((m) => m.to)
      expect(new Set(recipients).size).toBe(recipients.length)
      expect(all.flatMap((m) => m.to)).toContain("finance@ordo.test")
      expect(all.flatMap((m) => m.to)).not.toContain("sales@ordo.test")
      expect(all[0].subject).toMatch(/^暂停赊销：/)
      expect(all[0].body).toContain("逾期未付金额：")
    } finally {
      expect((await hold({ on_hold: false, hold_reason: null })).status).toBe(200)
    }
  })
})
