import { describe, expect, it } from "vitest"
import { shippingState as fromProgress, paymentState, progressOfItems, progressOfMedusaStatus } from "./order-state"

const shippingState = (items: Parameters<typeof progressOfItems>[0], statuses: string[]) =>
  fromProgress(progressOfItems(items), statuses)

describe("shippingState", () => {
  const items = [
    { quantity: 10, fulfilled_quantity: 0 },
    { quantity: 5, fulfilled_quantity: 0 },
  ]
  it("follows what left the warehouse", () => {
    expect(shippingState(items, [])).toBe("not_shipped")
    expect(shippingState([{ ...items[0], fulfilled_quantity: 10 }, items[1]!] as any, ["TRANSIT"])).toBe(
      "partly_shipped",
    )
    expect(
      shippingState(
        items.map((i) => ({ ...i, fulfilled_quantity: i.quantity })),
        ["PRE_TRANSIT", "UNKNOWN"],
      ),
    ).toBe("shipped")
  })
  it("is delivered when every parcel is, or Medusa marked every item delivered", () => {
    const all = items.map((i) => ({ ...i, fulfilled_quantity: i.quantity }))
    expect(shippingState(all, ["DELIVERED", "TRANSIT"])).toBe("partly_delivered")
    expect(shippingState(all, ["DELIVERED", "DELIVERED"])).toBe("delivered")
    expect(
      shippingState(
        all.map((i) => ({ ...i, delivered_quantity: i.quantity })),
        [],
      ),
    ).toBe("delivered")
    // Everything shipped in one delivered parcel, but half the order still waits: not delivered.
    expect(shippingState([{ quantity: 10, fulfilled_quantity: 5 }], ["DELIVERED"])).toBe("partly_delivered")
  })
  it("an order without lines has not shipped", () => {
    expect(shippingState([], ["DELIVERED"])).toBe("not_shipped")
  })
  it("reads Medusa's fulfillment_status the same way in lists", () => {
    expect(fromProgress(progressOfMedusaStatus("not_fulfilled"), [])).toBe("not_shipped")
    expect(fromProgress(progressOfMedusaStatus("partially_fulfilled"), ["TRANSIT"])).toBe("partly_shipped")
    expect(fromProgress(progressOfMedusaStatus("shipped"), ["DELIVERED"])).toBe("delivered")
    expect(fromProgress(progressOfMedusaStatus("delivered"), [])).toBe("delivered")
    expect(fromProgress(progressOfMedusaStatus(null), [])).toBe("not_shipped")
  })
})

describe("paymentState", () => {
  const now = new Date("2026-12-01T12:00:00Z")
  const inv = (total: string, paid: string, due: string, extra: object = {}) => ({
    kind: "invoice",
    status: "issued",
    total,
    paid_total: paid,
    due_at: due,
    ...extra,
  })
  it("follows Ordo's invoices", () => {
    expect(paymentState("100", [], now)).toBe("not_invoiced")
    expect(paymentState("100", [inv("100", "0", "2026-12-31")], now)).toBe("unpaid")
    expect(paymentState("100", [inv("100", "40", "2026-12-31")], now)).toBe("partly_paid")
    expect(paymentState("100", [inv("100", "100", "2026-11-01", { status: "paid" })], now)).toBe("paid")
  })
  it("is overdue when an open invoice is past due, whatever was paid", () => {
    expect(paymentState("100", [inv("100", "99.99", "2026-11-30")], now)).toBe("overdue")
  })
  it("ignores void invoices and credit notes; a paid part-shipment leaves the order partly paid", () => {
    expect(paymentState("100", [inv("100", "0", "2026-11-01", { status: "void" })], now)).toBe("not_invoiced")
    expect(
      paymentState("100", [inv("60", "60", "2026-12-31"), inv("10", "0", "2026-01-01", { kind: "credit_note" })], now),
    ).toBe("partly_paid")
  })
})
