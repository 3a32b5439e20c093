import { describe, expect, it } from "vitest"
import { ALL_CATEGORIES, ALL_REPS, dayIn, type OrderFacts, rollupDeltas } from "./sales-rollup"

const order = (over: Partial<OrderFacts> = {}): OrderFacts => ({
  order_id: "order_1",
  placed_at: "2026-03-31T17:00:00Z",
  day: "2026-04-01",
  company_id: "comp_1",
  customer_id: "cus_1",
  rep_id: "user_rep",
  region: "Shanghai",
  channel_id: "sc_web",
  currency_code: "cny",
  lines: [
    {
      line_id: "l1",
      product_id: "p_bolt",
      variant_id: "v1",
      category_id: "cat_fast",
      quantity: 10,
      net_amount: "100.10",
      cost_amount: "60",
    },
    {
      line_id: "l2",
      product_id: "p_nut",
      variant_id: "v2",
      category_id: "cat_fast",
      quantity: 5,
      net_amount: "20.05",
      cost_amount: "10.5",
    },
    {
      line_id: "l3",
      product_id: "p_tape",
      variant_id: "v3",
      category_id: "",
      quantity: 1,
      net_amount: "9.99",
      cost_amount: "4",
    },
  ],
  ...over,
})

describe("rollupDeltas", () => {
  it("counts a new order once in the whole-order row and once in each of its categories", () => {
    const d = rollupDeltas(null, order())
    const whole = d.sales_day.find((r) => r.category_id === ALL_CATEGORIES)
    expect(whole).toMatchObject({
      period: "2026-04-01",
      orders: 1,
      quantity: 16,
      net_amount: "130.14",
      cost_amount: "74.5",
    })
    const fasteners = d.sales_day.find((r) => r.category_id === "cat_fast")
    expect(fasteners).toMatchObject({ orders: 1, quantity: 15, net_amount: "120.15", cost_amount: "70.5" })
    expect(d.sales_day.find((r) => r.category_id === "")).toMatchObject({ orders: 1, net_amount: "9.99" })
    expect(d.sales_month.map((r) => r.period)).toEqual(["2026-04-01", "2026-04-01", "2026-04-01"])
    // Three products, each for its rep and for all reps together.
    expect(d.product_day).toHaveLength(6)
    expect(d.product_day.filter((r) => r.rep_id === ALL_REPS).map((r) => r.product_id)).toHaveLength(3)
    expect(d.customer_month).toEqual([
      {
        currency_code: "cny",
        period: "2026-04-01",
        company_id: "comp_1",
        rep_id: "user_rep",
        orders: 1,
        quantity: 16,
        net_amount: "130.14",
        cost_amount: "74.5",
      },
    ])
  })

  it("moves only the money when a shipment replaces an estimated cost, and nothing when nothing changed", () => {
    const before = order()
    const after = order({ lines: before.lines.map((l) => (l.line_id === "l1" ? { ...l, cost_amount: "58.25" } : l)) })
    const d = rollupDeltas(before, after)
    expect(d.sales_day.find((r) => r.category_id === ALL_CATEGORIES)).toMatchObject({
      orders: 0,
      quantity: 0,
      net_amount: "0",
      cost_amount: "-1.75",
    })
    expect(d.product_day).toEqual([
      expect.objectContaining({ product_id: "p_bolt", rep_id: ALL_REPS, orders: 0, cost_amount: "-1.75" }),
      expect.objectContaining({ product_id: "p_bolt", rep_id: "user_rep", orders: 0, cost_amount: "-1.75" }),
    ])
    expect(rollupDeltas(before, order())).toEqual({
      sales_day: [],
      sales_month: [],
      product_day: [],
      product_month: [],
      customer_month: [],
    })
  })

  it("takes everything back out when an order is cancelled", () => {
    const d = rollupDeltas(order(), null)
    expect(d.sales_day.find((r) => r.category_id === ALL_CATEGORIES)).toMatchObject({
      orders: -1,
      quantity: -16,
      net_amount: "-130.14",
    })
    expect(d.customer_month[0]).toMatchObject({ orders: -1 })
  })

  it("dates an order by the seller's calendar day", () => {
    expect(dayIn("2026-03-31T17:00:00Z", "Asia/Shanghai")).toBe("2026-04-01")
    expect(dayIn("2026-03-31T17:00:00Z", "UTC")).toBe("2026-03-31")
  })
})
