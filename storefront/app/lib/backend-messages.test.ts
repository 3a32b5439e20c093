import { describe, expect, it } from "vitest"
import { translateBackendMessage as tr } from "./backend-messages"

describe("translateBackendMessage", () => {
  it("reads a stock shortage in Chinese with the SKU and figures", () => {
    expect(tr("SKU M12-NUT: 20 requested, only 5 available", "zh-CN")).toBe("SKU M12-NUT：需要 20，仅有 5 可供")
  })

  it("translates each approval reason of a composite message", () => {
    const msg =
      "New approvals are needed before this order can be placed: Order total CNY 60,278.00 is above CNY 20,000.00; Discount above 10% on BOLT-1 (12.50%)"
    expect(tr(msg, "zh-CN")).toBe(
      "此订单需要新的审批后才能下单：订单金额 CNY 60,278.00 超过 CNY 20,000.00；以下商品折扣超过 10%：BOLT-1 (12.50%)",
    )
  })

  it("tells the spending limit from the approval threshold", () => {
    expect(tr("Order total CNY 5.00 is above the buyer's spending limit of CNY 1.00", "en")).toBe(
      "The order total CNY 5.00 is above your spending limit of CNY 1.00",
    )
  })

  it("names a field in words instead of its code, in both languages", () => {
    expect(tr("po_number: enter your purchase-order number", "en")).toBe("PO number: enter your purchase-order number")
    expect(tr("spending_limit: must be a number", "en")).toBe("Spending limit: must be a number")
    expect(tr("spending_limit: must be a number", "zh-CN")).toBe("采购限额：must be a number")
    expect(tr("lines.3.quantity: 0 is not a whole number", "en")).toBe("Quantity: 0 is not a whole number")
  })

  it("keeps the quick-order cart hint", () => {
    expect(tr("M12-NUT: only 5 available (3 already in your cart)", "zh-CN")).toBe(
      "M12-NUT：仅有 5 可供（购物车中已有 3）",
    )
  })

  it("reads a refused delivery date in Chinese", () => {
    expect(tr("requested_delivery_date: must be today or later, not a day in the past", "zh-CN")).toBe(
      "要求交货日期：请选择今天或以后的日期",
    )
  })

  it("drops Medusa's 'Invalid request:' and reads each field's problem", () => {
    expect(
      tr(
        "Invalid request: requested_delivery_date: must be today or later, not a day in the past; note: at most 1,000 characters",
        "en",
      ),
    ).toBe("Requested delivery date: choose today or a later day; Order note: at most 1,000 characters")
  })

  it("shows anything it does not know as sent", () => {
    expect(tr("Something else went wrong", "zh-CN")).toBe("Something else went wrong")
  })
})
