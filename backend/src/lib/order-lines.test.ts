import { describe, expect, it } from "vitest"
import { MAX_LINES, parseOrderLines } from "./order-lines"

describe("parseOrderLines", () => {
  it("reads SKU and quantity separated by spaces, tabs, commas and semicolons", () => {
    const { lines, errors } = parseOrderLines("fst-hn-m8 10\nFST-HN-M10\t4\r\nELC-TIE-2.5X100,2\nSAF-NIT-M;7")
    expect(errors).toEqual([])
    expect(lines.map((l) => [l.line, l.sku, l.quantity])).toEqual([
      [1, "FST-HN-M8", 10],
      [2, "FST-HN-M10", 4],
      [3, "ELC-TIE-2.5X100", 2],
      [4, "SAF-NIT-M", 7],
    ])
  })

  it("skips blank lines and an English or Chinese header row", () => {
    expect(parseOrderLines("SKU\tQty\n\nA-1 2\n").lines).toHaveLength(1)
    const zh = parseOrderLines("货号 数量\nA-1 2")
    expect(zh.errors).toEqual([])
    expect(zh.lines[0]).toMatchObject({ line: 2, sku: "A-1", quantity: 2 })
  })

  it.each([
    ["A-1 0", "invalid_quantity"],
    ["A-1 -1", "invalid_quantity"],
    ["A-1 1.5", "invalid_quantity"],
    ["A-1 abc", "invalid_quantity"],
    ["A-1 1e9", "invalid_quantity"],
    ["A-1 100001", "invalid_quantity"],
    ["A-1", "missing_quantity"],
    ["A-1 2 3", "unexpected_columns"],
  ])("reports %s as %s with its line number", (text, code) => {
    const { lines, errors } = parseOrderLines(`OK-1 1\n${text}`)
    expect(lines).toHaveLength(1)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ line: 2, raw: text, code })
  })

  it("never drops a line: every non-blank line is parsed or reported", () => {
    const text = ["A 1", "B x", "", "C", "D 4", "E 0"].join("\n")
    const { lines, errors } = parseOrderLines(text)
    expect(lines.length + errors.length).toBe(5)
    expect(errors.map((e) => e.line)).toEqual([2, 4, 6])
  })

  it("refuses more than the maximum number of lines", () => {
    const text = Array.from({ length: MAX_LINES + 3 }, (_, i) => `SKU-${i} 1`).join("\n")
    const { lines, errors } = parseOrderLines(text)
    expect(lines).toHaveLength(MAX_LINES)
    expect(errors).toHaveLength(1)
    expect(errors[0].code).toBe("too_many_lines")
  })
})
