import { describe, expect, it } from "vitest"
import { formatMoney, hasDiscount, toNumber } from "./money"

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
