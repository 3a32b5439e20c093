import { describe, expect, it } from "vitest"
import { renderMail } from "./email-templates"

const order = {
  order_id: "order_1",
  order_display_id: 42,
  company_name: "Acme Industrial",
  po_number: "PO-7788",
  lines: [
    { sku: "BOLT-M8", title: "Bolt M8", quantity: 200 },
    { sku: null, title: "Custom bracket", quantity: 3 },
  ],
  total: "1234.5",
  currency_code: "cny",
  order_url: "https://shop.example/orders/order_1",
}

describe("renderMail: order, invoice, quote and credit mails in the company's language", () => {
  it("confirms an order in English with its PO number, lines, total and link", () => {
    const mail = renderMail("ordo-order-confirmed", { ...order, locale: "en" })
    expect(mail.subject).toBe("Order #42 confirmed (PO PO-7788)")
    expect(mail.text).toContain("Dear Acme Industrial,")
    expect(mail.text).toContain("Your PO number: PO-7788")
    expect(mail.text).toContain("BOLT-M8 × 200")
    expect(mail.text).toContain("Custom bracket × 3")
    expect(mail.text).toContain("Total: 1,234.50 CNY")
    expect(mail.text).toContain("https://shop.example/orders/order_1")
    expect(mail.text).not.toMatch(/order_display_id:|po_number:/)
  })

  it("confirms an order in Chinese", () => {
    const mail = renderMail("ordo-order-confirmed", { ...order, locale: "zh-CN" })
    expect(mail.subject).toBe("订单 #42 已确认（采购单号 PO-7788）")
    expect(mail.text).toContain("采购单号：PO-7788")
    expect(mail.text).toContain("BOLT-M8 × 200")
    expect(mail.text).toContain("合计：1,234.50 CNY")
  })

  it("leaves the PO out when there is none, and falls back to English for an unknown language", () => {
    const mail = renderMail("ordo-order-confirmed", { ...order, po_number: null, locale: "fr" })
    expect(mail.subject).toBe("Order #42 confirmed")
    expect(mail.text).not.toContain("PO")
  })

  it("announces an invoice (with PO and due date) and a credit note, in both languages", () => {
    const invoice = {
      company_name: "Acme Industrial",
      invoice_number: "INV-2026-000012",
      kind: "invoice",
      total: "500",
      currency_code: "usd",
      due_date: "2026-12-31",
      order_display_id: 42,
      po_number: "PO-7788",
    }
    const en = renderMail("ordo-invoice-issued", { ...invoice, locale: "en" })
    expect(en.subject).toBe("Invoice INV-2026-000012 for order #42")
    expect(en.text).toContain("attached (PDF)")
    expect(en.text).toContain("Your PO number: PO-7788")
    expect(en.text).toContain("Amount: 500.00 USD")
    expect(en.text).toContain("Due: 2026-12-31")
    const zh = renderMail("ordo-invoice-issued", { ...invoice, locale: "zh-CN" })
    expect(zh.subject).toBe("发票 INV-2026-000012（订单 #42）")
    expect(zh.text).toContain("采购单号：PO-7788")
    expect(zh.text).toContain("到期日：2026-12-31")
    const note = renderMail("ordo-invoice-issued", { ...invoice, kind: "credit_note", invoice_number: "CN-1" })
    expect(note.subject).toBe("Credit note CN-1 for order #42")
    expect(note.text).not.toContain("Due:")
  })

  it("tells sales a quote was accepted, with the agreed subjects", () => {
    const quote = {
      company_name: "Acme Industrial",
      quote_display_id: 7,
      version: 2,
      po_number: "PO-7788",
      order_display_id: 43,
      order_status: "placed",
    }
    const en = renderMail("ordo-quote-accepted", { ...quote, locale: "en" })
    expect(en.subject).toBe("Quote Q-7 was accepted: ready to become a sales order")
    expect(en.text).toContain("Acme Industrial accepted quote Q-7 (version 2).")
    expect(en.text).toContain("PO-7788")
    const zh = renderMail("ordo-quote-accepted", { ...quote, locale: "zh-CN", order_status: "requires_approval" })
    expect(zh.subject).toBe("报价单 Q-7 已确认，可转为销售订单")
    expect(zh.text).toContain("正在等待客户内部审批")
  })

  it("tells finance an account went on hold: company, reason, overdue balance", () => {
    const hold = {
      company_name: "Initech",
      reason: "Invoice INV-2026-000003 is 31 days overdue",
      source: "overdue",
      overdue_balance: "2400",
      currency_code: "cny",
    }
    const en = renderMail("ordo-credit-hold", { ...hold, locale: "en" })
    expect(en.subject).toBe("Credit hold: Initech")
    expect(en.text).toContain("Reason: Invoice INV-2026-000003 is 31 days overdue")
    expect(en.text).toContain("Overdue balance: 2,400.00 CNY")
    const zh = renderMail("ordo-credit-hold", { ...hold, locale: "zh-CN" })
    expect(zh.subject).toBe("暂停赊销：Initech")
    expect(zh.text).toContain("逾期未付金额：2,400.00 CNY")
  })

  it("keeps the generic fallback for other templates", () => {
    expect(renderMail("ordo-quote-sent", { quote_display_id: 3 }).subject).toBe("Your quote Q-3 is ready")
  })
})
