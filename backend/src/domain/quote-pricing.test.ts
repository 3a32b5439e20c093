import { describe, expect, it } from "vitest"
import { type CatalogPrice, diffQuoteLines, priceQuoteLines } from "./quote-pricing"

const catalog = new Map<string, CatalogPrice>([
  ["v1", { variant_id: "v1", sku: "A-1", title: "Bolt", list_price: "33.33", tax_inclusive: true }],
  ["v2", { variant_id: "v2", sku: "B-2", title: "Nut", list_price: "200", tax_inclusive: true }],
])

describe("priceQuoteLines", () => {
  it("sums decimal prices exactly: 3 × 33.33 = 99.99", () => {
    const { lines, total } = priceQuoteLines([{ variant_id: "v1", quantity: 3 }], catalog, "cny")
    expect(total).toBe("99.99")
    expect(lines[0]).toMatchObject({ unit_price: "33.33", list_price: "33.33", discount_percent: "0.00" })
  })

  it("derives the unit price from a discount and the discount from a unit price", () => {
    const { lines, total } = priceQuoteLines(
      [
        { variant_id: "v2", quantity: 10, discount_percent: "12.5" },
        { variant_id: "v1", quantity: 1, unit_price: "30" },
      ],
      catalog,
      "cny",
    )
    expect(lines[0]).toMatchObject({ unit_price: "175.00", discount_percent: "12.50" })
    expect(lines[1]).toMatchObject({ unit_price: "30.00", discount_percent: "9.99" })
    expect(total).toBe("1780.00")
  })

  it("refuses discounts outside 0–100 % and prices with too many decimals, naming the line", () => {
    expect(() => priceQuoteLines([{ variant_id: "v2", quantity: 1, discount_percent: "-1" }], catalog, "cny")).toThrow(
      /lines\.0\.discount_percent/,
    )
    expect(() =>
      priceQuoteLines([{ variant_id: "v2", quantity: 1, discount_percent: "100.5" }], catalog, "cny"),
    ).toThrow(/between 0 and 100/)
    expect(() => priceQuoteLines([{ variant_id: "v2", quantity: 1, unit_price: "1.234" }], catalog, "cny")).toThrow(
      /lines\.0\.unit_price: CNY has 2 decimals/,
    )
    expect(() => priceQuoteLines([{ variant_id: "nope", quantity: 1 }], catalog, "cny")).toThrow(/lines\.0\.variant_id/)
  })
})

describe("diffQuoteLines", () => {
  it("reports added, removed and changed lines", () => {
    const a = priceQuoteLines([{ variant_id: "v1", quantity: 3 }], catalog, "cny").lines
    const b = priceQuoteLines(
      [
        { variant_id: "v1", quantity: 5, unit_price: "30" },
        { variant_id: "v2", quantity: 1 },
      ],
      catalog,
      "cny",
    ).lines
    expect(diffQuoteLines(a, b)).toEqual([
      { kind: "changed", sku: "A-1", field: "quantity", from: "3", to: "5" },
      { kind: "changed", sku: "A-1", field: "unit_price", from: "33.33", to: "30.00" },
      { kind: "added", sku: "B-2", quantity: 1, unit_price: "200.00" },
    ])
    expect(diffQuoteLines(b, a)).toContainEqual({ kind: "removed", sku: "B-2" })
  })
})
