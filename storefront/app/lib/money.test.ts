import Big from "big.js"
import { describe, expect, it } from "vitest"
import { formatMoney, hasDiscount, lineTotal, summarize, toNumber } from "./money"

describe("formatMoney", () => {
  it("formats decimal major units as CNY in English", () => {
    expect(formatMoney(12.5, "cny", "en")).toBe("CN¥12.50")
  })

  it("formats USD with grouping", () => {
    expect(formatMoney(1234.5, "usd", "en")).toBe("$1,234.50")
  })

  it("formats CNY for Chinese buyers", () => {
    expect(formatMoney(12.5, "cny", "zh-CN")).toBe("¥12.50")
  })

  it("accepts numeric strings", () => {
    expect(formatMoney("99", "usd", "en")).toBe("$99.00")
  })

  it("renders a dash for missing amounts", () => {
    expect(formatMoney(null, "usd", "en")).toBe("—")
    expect(formatMoney(undefined, "usd", "en")).toBe("—")
    expect(formatMoney("abc", "usd", "en")).toBe("—")
  })

  it("does not crash on a missing currency", () => {
    expect(formatMoney(3, undefined, "en")).toBe("3.00")
  })
})

describe("toNumber / hasDiscount", () => {
  it("parses amounts", () => {
    expect(toNumber("1.25")).toBe(1.25)
    expect(toNumber(0)).toBe(0)
    expect(toNumber("")).toBeNull()
  })

  it("detects a contract price below list", () => {
    expect(hasDiscount(9, 10)).toBe(true)
    expect(hasDiscount(10, 10)).toBe(false)
    expect(hasDiscount(10, null)).toBe(false)
  })
})

describe("summarize", () => {
  const line = (id: string, unit: string | number, qty: number, incl = true) => ({
    id,
    unit_price: unit,
    quantity: qty,
    is_tax_inclusive: incl,
  })

  it("VAT-inclusive: the line total is unit × quantity and goods + shipping − discount = total", () => {
    // The figures: 19.60 × 80 was shown as 1,387.61 (net) beside a gross unit price.
    const s = summarize({
      items: [line("a", 19.6, 80), line("b", "0.35", 3)],
      shipping_total: 25,
      discount_total: 0,
      tax_total: "182.47",
      total: "1594.05",
    })
    expect(s.taxIncluded).toBe(true)
    expect(s.lineTotals).toEqual({ a: "1568.00", b: "1.05" })
    expect(s.goods).toBe("1569.05")
    expect(new Big(s.goods).plus(s.shipping).minus(s.discount).toFixed(2)).toBe(s.total)
  })

  it("states VAT inside the prices per line, rounded to the cent, as the invoice does", () => {
    // 1,178.52 × 13/113 = 135.5819… and 1,443.48 × 13/113 = 166.0641…: 135.58 + 166.06, not 301.646 → 301.65.
    const s = summarize({
      items: [
        { ...line("a", "168.36", 7), tax_total: "135.58194690265486" },
        { ...line("b", "481.16", 3), tax_total: "166.06407079646017" },
      ],
      tax_total: "301.646",
      total: "2622",
    })
    expect(s.tax).toBe("301.64")
    expect(s.goods).toBe("2622.00")
  })

  it("tax on top: subtotal + shipping + tax = total", () => {
    const s = summarize({ items: [line("a", "10.10", 3, false)], shipping_total: 0, tax_total: "2.42", total: "32.72" })
    expect(s.taxIncluded).toBe(false)
    expect(s.goods).toBe("30.30")
    expect(new Big(s.goods).plus(s.tax).toFixed(2)).toBe(s.total)
  })

  it("does decimal arithmetic: 0.1 × 3 is 0.30 and a thousand lines of 0.01 add to 10.00", () => {
    expect(lineTotal("0.1", 3)).toBe("0.30")
    const many = Array.from({ length: 1000 }, (_, i) => line(String(i), "0.01", 1))
    expect(summarize({ items: many }).goods).toBe("10.00")
  })

  it("derives the total when the document has none, and treats a mixed cart as tax on top", () => {
    const s = summarize({ items: [line("a", 10, 1), line("b", 5, 2, false)], tax_total: 1 })
    expect(s.taxIncluded).toBe(false)
    expect(s.total).toBe("21.00")
  })
})
