import { describe, expect, it } from "vitest"
import { MAX_LINES, parseEntryLines, parseLines, parseOrderLines, RECEIPT_FORMAT } from "./order-lines"

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

describe("staff paste (SKU qty [price])", () => {
  it("reads spreadsheet cells by their Chinese headers and ignores other columns", () => {
    const text = "货号\t品名\t数量\t单价\nab-1\t螺丝\t50\t1,234.50\nAB-2\t垫圈\t5\t\n"
    const { lines, errors } = parseEntryLines(text)
    expect(errors).toEqual([])
    expect(lines).toEqual([
      { line: 2, raw: "ab-1\t螺丝\t50\t1,234.50", sku: "AB-1", quantity: 50, unit_price: "1234.50" },
      { line: 3, raw: "AB-2\t垫圈\t5", sku: "AB-2", quantity: 5, unit_price: null },
    ])
  })

  it("maps English spreadsheet headers by name", () => {
    const { lines } = parseEntryLines("Description\tItem code\tUnit price\tOrder qty\nBolt\tAB-1\t1,200.00\t50")
    expect(lines.map((l) => [l.sku, l.quantity, l.unit_price])).toEqual([["AB-1", 50, "1200.00"]])
  })

  it("skips a typed English header and reads the lines by position", () => {
    const { lines, errors } = parseEntryLines("SKU  Qty  Unit price\nab-1 3 9.90\nAB-2 4")
    expect(errors).toEqual([])
    expect(lines.map((l) => [l.sku, l.quantity, l.unit_price])).toEqual([
      ["AB-1", 3, "9.90"],
      ["AB-2", 4, null],
    ])
  })

  it("reports every unreadable line and drops none", () => {
    const { lines, errors } = parseEntryLines("AB-1 3 9.90\nhello\nAB-2 0\nAB-3 1e9\nAB-4 2 abc\nAB-5 1 2 3 4\nAB-6 4")
    expect(lines.map((l) => l.sku)).toEqual(["AB-1", "AB-6"])
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, "missing_quantity"],
      [3, "invalid_quantity"],
      [4, "invalid_quantity"],
      [5, "invalid_price"],
      [6, "unexpected_columns"],
    ])
  })

  it("refuses a paste over the line limit as a whole", () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `SKU-${i} 1`).join("\n")
    expect(parseEntryLines(text)).toEqual({ lines: [], errors: [], too_many: 10_000 })
  })
})

describe("goods received (SKU qty unit_cost)", () => {
  it("reads the cost column and requires it", () => {
    const { lines, errors } = parseLines("ab-1 10 12.5\nAB-2 3\nAB-3 2 x", RECEIPT_FORMAT)
    expect(lines).toEqual([{ line: 1, raw: "ab-1 10 12.5", sku: "AB-1", quantity: 10, amount: "12.5" }])
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, "missing_unit_cost"],
      [3, "invalid_unit_cost"],
    ])
  })

  it("maps a spreadsheet's cost column by its Chinese header", () => {
    const { lines } = parseLines("物料编码\t数量\t进价\nAB-1\t4\t3.20", RECEIPT_FORMAT)
    expect(lines.map((l) => [l.sku, l.quantity, l.amount])).toEqual([["AB-1", 4, "3.20"]])
  })
})
