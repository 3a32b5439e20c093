import { describe, expect, it } from "vitest"
import { renderMail } from "./email-templates"

const data = {
  order_display_id: 1042,
  po_number: "PO-77",
  carrier_name: "SF Express",
  carrier_name_zh: "顺丰速运",
  tracking_number: "SF1234567890",
  track_link: "https://shop.example/track?number=SF1234567890",
  admin_link: "https://admin.example/app/orders/order_1",
  company_name: "Acme Trading",
  at: "2026-12-02",
}

describe("shipping mails", () => {
  it("shipped: order, PO, carrier, number and the /track link, in English and Chinese", () => {
    const en = renderMail("ordo-order-shipped", data)
    expect(en.subject).toBe("Order #1042 (PO PO-77) has shipped")
    expect(en.text).toContain("SF Express, tracking number SF1234567890")
    expect(en.text).toContain(data.track_link)
    const zh = renderMail("ordo-order-shipped", { ...data, locale: "zh-CN" })
    expect(zh.subject).toBe("订单 #1042（采购单号 PO-77） 已发货")
    expect(zh.text).toContain("顺丰速运")
    expect(zh.text).not.toContain("SF Express")
  })
  it("without a PO the subject says nothing of one", () => {
    expect(renderMail("ordo-order-delivered", { ...data, po_number: null }).subject).toBe("Order #1042 was delivered")
  })
  it("a delivery problem names it for the buyer and for staff", () => {
    const buyer = renderMail("ordo-shipment-exception", { ...data, status: "FAILURE", details: "Address not found" })
    expect(buyer.subject).toBe("Order #1042: a delivery problem")
    expect(buyer.text).toContain("Address not found")
    const staff = renderMail("ordo-shipment-exception-staff", { ...data, status: "RETURNED", locale: "zh-CN" })
    expect(staff.subject).toContain("已退回寄件人")
    expect(staff.text).toContain(data.admin_link)
  })
})
