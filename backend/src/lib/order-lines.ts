/**
 * Parses pasted order lines ("SKU quantity" per line, separated by spaces, tabs, commas or
 * semicolons — what a buyer copies out of a spreadsheet or a chat). Every line that is not
 * blank is either returned as a parsed line or as an error naming the line: nothing is dropped.
 */

export const MAX_LINES = 500
export const MAX_QUANTITY = 100_000

export type ParsedLine = { line: number; raw: string; sku: string; quantity: number }
export type LineError = { line: number; raw: string; sku?: string; error: string; code: LineErrorCode }
export type LineErrorCode =
  | "missing_quantity"
  | "invalid_quantity"
  | "unexpected_columns"
  | "unknown_sku"
  | "insufficient_stock"
  | "too_many_lines"

const HEADER = /^(sku|item|code|part|article|货号|编码|物料|产品编号|商品编码)/i
const QUANTITY_HEADER = /^(qty|quantity|数量|amount|pcs)/i

export function parseOrderLines(text: string): { lines: ParsedLine[]; errors: LineError[] } {
  const lines: ParsedLine[] = []
  const errors: LineError[] = []
  const rows = text.replace(/\r\n?/g, "\n").split("\n")
  let seen = 0
  rows.forEach((rawRow, index) => {
    const raw = rawRow.trim()
    if (!raw) return
    const line = index + 1
    const cells = raw.split(/[\s,;，；]+/).filter(Boolean)
    // A header row copied along with the data ("SKU  Qty", "货号 数量") is recognised and skipped.
    if (seen === 0 && HEADER.test(cells[0]) && (!cells[1] || QUANTITY_HEADER.test(cells[1]))) return
    seen++
    if (seen > MAX_LINES) {
      if (seen === MAX_LINES + 1) {
        errors.push({ line, raw, code: "too_many_lines", error: `At most ${MAX_LINES} lines can be ordered at once` })
      }
      return
    }
    const [sku, qty, ...rest] = cells
    if (qty === undefined) {
      errors.push({ line, raw, sku, code: "missing_quantity", error: "Quantity is missing: expected 'SKU quantity'" })
      return
    }
    if (rest.length) {
      errors.push({
        line,
        raw,
        sku,
        code: "unexpected_columns",
        error: "Unexpected extra text: expected 'SKU quantity'",
      })
      return
    }
    if (!/^\d+$/.test(qty) || Number(qty) < 1 || Number(qty) > MAX_QUANTITY) {
      errors.push({
        line,
        raw,
        sku,
        code: "invalid_quantity",
        error: `Quantity "${qty}" must be a whole number from 1 to ${MAX_QUANTITY}`,
      })
      return
    }
    lines.push({ line, raw, sku: sku.toUpperCase(), quantity: Number(qty) })
  })
  return { lines, errors }
}
