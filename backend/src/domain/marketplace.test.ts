import { describe, expect, it } from "vitest"
import { importAction, type MarketplaceOrder, mapLines, shippingAddressOf } from "./marketplace"

const order = (over: Partial<MarketplaceOrder> = {}): MarketplaceOrder => ({
  source: "shopify",
  external_id: "450789469",
  external_number: "#1001",
  status: "open",
  currency_code: "usd",
  placed_at: "2026-11-30T10:00:00Z",
  updated_at: "2026-11-30T10:00:00Z",
  buyer: { email: "bob@example.com", name: "Bob Norman" },
  shipping_address: { address_1: "Chestnut Street 92", city: "Louisville", country_code: "US", postal_code: "40202" },
  lines: [{ external_line_id: "1", sku: "IPOD2008BLACK", title: "IPod Nano", quantity: 2, unit_price: "199.00" }],
  shipping_total: "4.00",
  tax_total: "0",
  total: "402.00",
  ...over,
})

describe("importAction: every delivery imported exactly once, in any order", () => {
  it("places a new open order and waits on a pending one", () => {
    expect(importAction(undefined, order())).toEqual({ kind: "place" })
    expect(importAction(undefined, order({ status: "pending" })).kind).toBe("wait")
  })
  it("never places twice: a replay or a later update of an imported order is a duplicate", () => {
    const seen = { status: "imported" as const, external_updated_at: "2026-11-30T10:00:00Z", order_id: "order_1" }
    expect(importAction(seen, order()).kind).toBe("duplicate")
    expect(importAction(seen, order({ updated_at: "2026-12-01T00:00:00Z" })).kind).toBe("duplicate")
  })
  it("an older delivery arriving late changes nothing", () => {
    const seen = { status: "exception" as const, external_updated_at: "2026-11-30T12:00:00Z", order_id: null }
    expect(importAction(seen, order({ updated_at: "2026-11-30T11:00:00Z" })).kind).toBe("duplicate")
    expect(importAction(seen, order({ updated_at: "2026-11-30T13:00:00Z" }))).toEqual({ kind: "place" })
  })
  it("a cancellation cancels the placed order, or only records one never placed", () => {
    const placed = { status: "imported" as const, external_updated_at: "2026-11-30T10:00:00Z", order_id: "order_1" }
    expect(importAction(placed, order({ status: "cancelled" }))).toEqual({ kind: "cancel" })
    expect(importAction(undefined, order({ status: "cancelled" }))).toEqual({ kind: "record-cancelled" })
    const cancelled = { status: "cancelled" as const, external_updated_at: null, order_id: "order_1" }
    expect(importAction(cancelled, order({ status: "cancelled" })).kind).toBe("duplicate")
    expect(importAction(cancelled, order()).kind).toBe("duplicate")
  })
  it("an order staff chose to ignore stays ignored", () => {
    expect(importAction({ status: "ignored", external_updated_at: null, order_id: null }, order()).kind).toBe(
      "duplicate",
    )
  })
})

describe("mapLines: our variants or a problem for staff, never a new product", () => {
  const bySku = new Map([["IPOD2008BLACK", { id: "variant_ipod", sku: "IPOD2008BLACK" }]])
  it("matches our SKU case-insensitively, then aliases, then staff's resolution", () => {
    expect(
      mapLines(
        order({ lines: [{ external_line_id: "1", sku: "ipod2008black", title: "x", quantity: 2, unit_price: "1" }] }),
        { bySku, aliases: new Map() },
      ).lines,
    ).toEqual([{ variant_id: "variant_ipod", quantity: 2, unit_price: "1", external_line_id: "1" }])
    const aliased = mapLines(
      order({ lines: [{ external_line_id: "1", sku: "SHOP-7", title: "x", quantity: 1, unit_price: "1" }] }),
      {
        bySku,
        aliases: new Map([["SHOP-7", "variant_ipod"]]),
      },
    )
    expect(aliased.lines[0].variant_id).toBe("variant_ipod")
    const resolved = mapLines(
      order({ lines: [{ external_line_id: "9", sku: null, title: "gift", quantity: 1, unit_price: "1" }] }),
      {
        bySku,
        aliases: new Map(),
        resolved: { "line:9": "variant_ipod" },
      },
    )
    expect(resolved).toEqual({
      lines: [{ variant_id: "variant_ipod", quantity: 1, unit_price: "1", external_line_id: "9" }],
      problems: [],
    })
  })
  it("names each unknown SKU, missing SKU and fractional quantity", () => {
    const r = mapLines(
      order({
        lines: [
          { external_line_id: "1", sku: "NOPE", title: "a", quantity: 1, unit_price: "1" },
          { external_line_id: "2", sku: "", title: "b", quantity: 1, unit_price: "1" },
          { external_line_id: "3", sku: "IPOD2008BLACK", title: "c", quantity: 1.5, unit_price: "1" },
          { external_line_id: "4", sku: "IPOD2008BLACK", title: "d", quantity: 1, unit_price: "1" },
        ],
      }),
      { bySku, aliases: new Map() },
    )
    expect(r.problems.map((p) => p.code)).toEqual(["unknown_sku", "no_sku", "bad_quantity"])
    expect(r.problems[0].message).toContain("NOPE")
    expect(r.lines).toHaveLength(1)
  })
})

describe("shippingAddressOf", () => {
  it("takes the marketplace's address in Medusa's shape, names split from the buyer's", () => {
    expect(shippingAddressOf(order())).toMatchObject({
      first_name: "Bob",
      last_name: "Norman",
      country_code: "us",
      city: "Louisville",
    })
  })
  it("is undefined without street, city or country", () => {
    expect(shippingAddressOf(order({ shipping_address: undefined }))).toBeUndefined()
  })
})
