import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, login, loginAdmin, loginBuyer, stack } from "../../../../tests/support/api"
import { stockedSkus } from "../../../../tests/support/db"
import { pdfText } from "../../../../tests/support/pdf-text"

const cents = (x: unknown) => Math.round(Number(x) * 100)

/** An invoice says who sells, who buys, for which order and PO, on what terms, and where to pay. */
describe("invoice content: order, PO, parties with tax ids, terms, bank details, VAT", () => {
  let staff: string
  let acme: string
  let globex: string
  let acmeId: string
  let po: string
  let order: { id: string; display_id: number }
  let invoiceId: string
  beforeAll(async () => {
    ;[staff, acme, globex] = await Promise.all([
      loginAdmin(),
      loginBuyer("buyer@acme.test"),
      loginBuyer("buyer@globex.test"),
    ])
    acmeId = (await api("GET", "/store/ordo/company", { token: acme })).body.company.id
    const [sku] = await stockedSkus(1, 20)
    po = `PO-CONTENT-${Date.now()}`
    const cart = await api("POST", "/store/ordo/quick-order", { token: acme, body: { text: `${sku} 3` } })
    const placed = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: await buyerAddressId(acme), po_number: po },
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    order = placed.body.order
    const issued = await api("POST", "/admin/ordo/invoices", { token: staff, body: { order_id: order.id } })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    invoiceId = issued.body.invoice.id
  })

  it("the invoice's data names the order, the PO, both parties' tax ids, the bank account and the terms", async () => {
    const r = await api("GET", `/admin/ordo/invoices/${invoiceId}`, { token: staff })
    expect(r.status).toBe(200)
    expect(r.body.order).toEqual({ id: order.id, display_id: order.display_id })
    expect(r.body.po_number).toBe(po)
    expect(r.body.seller).toMatchObject({ tax_id: "91310115MA1K4ORD0X", bank_account: "1001 2345 0900 1234 567" })
    expect(r.body.buyer.name).toMatch(/Acme/)
    expect(r.body.buyer.shipping_address.address_1).toBeTruthy()
    expect(r.body.terms).toMatchObject({ terms: expect.any(String), net_days: expect.any(Number) })
    // CNY catalogue prices include VAT: each line is exactly unit × qty and the total holds the VAT.
    expect(r.body.prices_include_tax).toBe(true)
    for (const l of r.body.invoice.lines) expect(cents(l.total)).toBe(cents(l.unit_price) * l.quantity)

    // The buyer sees the same on the storefront's invoice page, and whether card payment is offered.
    const mine = await api("GET", `/store/ordo/invoices/${invoiceId}`, { token: acme })
    expect(mine.status).toBe(200)
    expect(mine.body).toMatchObject({ po_number: po, order: { display_id: order.display_id }, card_payments: true })
    expect((await api("GET", `/store/ordo/invoices/${invoiceId}`, { token: globex })).status).toBe(404)
  })

  it("the PDF says the same in English and Chinese", async () => {
    const company = (await api("GET", `/admin/ordo/companies/${acmeId}`, { token: staff })).body.company
    const taxId = `9131ACME${Date.now() % 1_000_000}`
    expect(
      (await api("POST", `/admin/ordo/companies/${acmeId}`, { token: staff, body: { tax_id: taxId } })).status,
    ).toBe(200)
    try {
      const pdf = async (lang: string) => {
        const res = await fetch(`${stack().backendUrl}/admin/ordo/invoices/${invoiceId}/pdf?lang=${lang}`, {
          headers: { authorization: `Bearer ${staff}` },
        })
        expect(res.status).toBe(200)
        return pdfText(Buffer.from(await res.arrayBuffer()))
      }
      const en = await pdf("en")
      for (const needle of [
        `Order no.: #${order.display_id}`,
        `PO number: ${po}`,
        `Tax id: ${taxId}`,
        "Tax id: 91310115MA1K4ORD0X",
        "Account no.: 1001 2345 0900 1234 567",
        "Payment terms:",
        "Due:",
        "Total (incl. VAT)",
        "of which VAT",
      ])
        expect(en, needle).toContain(needle)
      const zh = await pdf("zh-CN")
      for (const needle of [
        `订单号: #${order.display_id}`,
        `采购单号: ${po}`,
        `税号: ${taxId}`,
        "账号: 1001 2345 0900 1234 567",
        "付款条件:",
        "价税合计（含增值税）",
        "其中增值税",
      ])
        expect(zh, needle).toContain(needle)
    } finally {
      await api("POST", `/admin/ordo/companies/${acmeId}`, { token: staff, body: { tax_id: company.tax_id ?? null } })
    }
  })

  it("the seller's details are store settings: a manager changes them, others may not", async () => {
    const sales = await login("user", "sales@ordo.test", "ordo-staff")
    const {
      stores: [store],
    } = (await api("GET", "/admin/stores?fields=id,metadata", { token: staff })).body
    const before = store.metadata.ordo_seller_bank_account
    const refused = await api("POST", `/admin/stores/${store.id}`, {
      token: sales,
      body: { metadata: { ...store.metadata, ordo_seller_bank_account: "6222 0000 0000" } },
    })
    expect(refused.status).toBe(403)
    const changed = await api("POST", `/admin/stores/${store.id}`, {
      token: staff,
      body: { metadata: { ...store.metadata, ordo_seller_bank_account: "6222 0000 1111" } },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    try {
      const r = await api("GET", `/admin/ordo/invoices/${invoiceId}`, { token: staff })
      expect(r.body.seller.bank_account).toBe("6222 0000 1111")
    } finally {
      await api("POST", `/admin/stores/${store.id}`, {
        token: staff,
        body: { metadata: { ...store.metadata, ordo_seller_bank_account: before } },
      })
    }
  })
})
