import { describe, expect, it } from "vitest"
import { renderMail } from "./email-templates"

describe("alert mails: English then Chinese, with the figures and the link", () => {
  it("states a product's drop with both periods' orders", () => {
    const mail = renderMail("ordo-alert", {
      kind: "product_order_drop",
      subject_label: "Bolt M8",
      previous_orders: 10,
      current_orders: 3,
      drop_percent: "70.0",
      threshold_percent: 30,
      period_days: 30,
      admin_url: "https://admin.example/app/products/prod_1",
    })
    expect(mail.subject).toBe("Orders down 70.0 %: Bolt M8 / 订单下降 70.0%：Bolt M8")
    expect(mail.text).toContain("3 order(s) in the last 30 days, against 10")
    expect(mail.text).toContain("最近 30 天共 3 笔订单")
    expect(mail.text).toContain("https://admin.example/app/products/prod_1")
  })

  it("tells a rep their customer orders less often, and that a company is on hold", () => {
    const cadence = renderMail("ordo-alert", {
      kind: "customer_cadence_drop",
      subject_label: "Acme",
      usual_gap_days: 7,
      days_since: 20,
      last_order_day: "2026-11-12",
    })
    expect(cadence.subject).toContain("Ordering less often: Acme")
    expect(cadence.text).toContain("every 7 days; the last order was 20 days ago")
    const hold = renderMail("ordo-alert", {
      kind: "company_on_hold",
      subject_label: "Acme",
      reason: "overdue",
      overdue_balance: "1200",
      currency_code: "cny",
    })
    expect(hold.subject).toBe("Credit hold: Acme / 暂停赊销：Acme")
    expect(hold.text).toContain("Overdue balance: 1,200.00 CNY")
  })
})
