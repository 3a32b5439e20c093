import { describe, expect, it } from "vitest"
import { driftedListings, duePushes, offeredQuantity, pushKey } from "./stock-push"

const listing = (id: string, item: string, last_sent: number | null, at: string | null = null) => ({
  id,
  inventory_item_id: item,
  external_id: `ext-${id}`,
  last_sent,
  last_sent_at: at,
})

describe("offeredQuantity", () => {
  it("holds back the safety stock and never goes below zero", () => {
    expect(offeredQuantity(10, 3)).toBe(7)
    expect(offeredQuantity(2, 3)).toBe(0)
    expect(offeredQuantity(-4, 0)).toBe(0)
    expect(offeredQuantity(5, -2)).toBe(5)
  })
})

describe("duePushes", () => {
  it("pushes only listings whose offered quantity changed, and unknown stock as 0", () => {
    const due = duePushes(
      [listing("a", "i1", 7), listing("b", "i2", 5), listing("c", "i3", null), listing("d", "i4", 3)],
      new Map([
        ["i1", 10],
        ["i2", 10],
        ["i3", 1],
      ]),
      3,
    )
    expect(due.map((d) => [d.listing_id, d.quantity])).toEqual([
      ["b", 7],
      ["c", 0],
      ["d", 0],
    ])
  })

  it("forces a push for drifted listings even when Ordo's figure did not move", () => {
    const l = listing("a", "i1", 7)
    const due = duePushes([l], new Map([["i1", 7]]), 0, new Set(["a"]), 1000)
    expect(due).toHaveLength(1)
    expect(due[0].quantity).toBe(7)
    // Not the key of the push that set 7 before: the marketplace must apply it, not replay it.
    expect(due[0].idempotency_key).not.toBe(pushKey(l, 7))
  })
})

describe("pushKey", () => {
  it("is the same for a retry of one change and differs for the next change", () => {
    const l = listing("a", "i1", 5, "2026-12-01T10:00:00Z")
    expect(pushKey(l, 4)).toBe(pushKey({ ...l }, 4))
    expect(pushKey(l, 4)).not.toBe(pushKey(l, 3))
    expect(pushKey(l, 5)).not.toBe(pushKey({ ...l, last_sent: 4, last_sent_at: "2026-12-01T10:05:00Z" }, 5))
  })
})

describe("driftedListings", () => {
  it("names listings the marketplace shows differently from what was last sent", () => {
    const l = [listing("a", "i1", 5), listing("b", "i2", 2), listing("c", "i3", null)]
    const remote = new Map([
      ["ext-a", 5],
      ["ext-b", 9],
      ["ext-c", 4],
    ])
    expect(driftedListings(l, remote)).toEqual(["b"])
  })
})
