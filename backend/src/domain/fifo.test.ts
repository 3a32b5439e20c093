import { describe, expect, it } from "vitest"
import { costOf, margin, putBack, takeFifo } from "./fifo"

const layers = [
  { id: "b", location_id: "sh", received_at: "2026-02-01", unit_cost: "12.00", remaining: 10 },
  { id: "a", location_id: "sh", received_at: "2026-01-01", unit_cost: "10.00", remaining: 10 },
  { id: "c", location_id: "sh", received_at: "2026-03-01", unit_cost: "15.50", remaining: 10 },
  { id: "z", location_id: "sz", received_at: "2025-12-01", unit_cost: "9.00", remaining: 5 },
]

describe("FIFO cost layers", () => {
  it("takes the oldest layers at the shipping location first", () => {
    const takes = takeFifo(layers, 25, "sh")
    expect(takes).toEqual([
      { layer_id: "a", quantity: 10, unit_cost: "10.00" },
      { layer_id: "b", quantity: 10, unit_cost: "12.00" },
      { layer_id: "c", quantity: 5, unit_cost: "15.50" },
    ])
    expect(costOf(takes).cost.toFixed(2)).toBe("297.50")
  })

  it("falls back to other locations, then reports uncosted units", () => {
    const takes = takeFifo(layers, 40, "sh")
    expect(takes.at(-2)).toEqual({ layer_id: "z", quantity: 5, unit_cost: "9.00" })
    expect(takes.at(-1)).toEqual({ layer_id: null, quantity: 5, unit_cost: null })
    expect(costOf(takes).complete).toBe(false)
  })

  it("puts returned units back on the layers taken last", () => {
    const allocations = [
      { id: "x1", layer_id: "a", quantity: 10, returned_quantity: 0 },
      { id: "x2", layer_id: "b", quantity: 3, returned_quantity: 1 },
    ]
    expect(putBack(allocations, 4)).toEqual([
      { allocation_id: "x2", layer_id: "b", quantity: 2 },
      { allocation_id: "x1", layer_id: "a", quantity: 2 },
    ])
  })

  it("computes margin on net revenue with decimals, not floats", () => {
    const m = margin("0.30", "0.10")
    expect(m.amount.toFixed(2)).toBe("0.20")
    expect(m.percent).toBe("66.7")
    expect(margin("0", "5").percent).toBeNull()
  })
})
