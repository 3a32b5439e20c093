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

/** Staff entry accepts bigger pastes than the storefront's quick order, and a price column. */
export const MAX_ENTRY_LINES = 1000

export type EntryLine = { line: number; raw: string; sku: string; quantity: number; unit_price: string | null }
export type EntryLineError = { line: number; raw: string; sku?: string; error: string; code: string }

const PRICE_HEADER = /^(price|unit ?price|单价|价格|含税单价|售价|报价)$/i
const SKU_HEADER_CELL =
  /^(sku|item|item ?(code|no\.?|number)|code|part|part ?(no\.?|number)|article|product code|货号|编码|物料|产品编号|商品编码|物料编码|型号)$/i
const QTY_HEADER_CELL = /^(qty|quantity|order qty|数量|订购数量|pcs|件数)$/i

/**
 * Staff paste: `SKU qty [price]` per line, cells separated by tabs (a spreadsheet copy) or by
 * spaces/commas/semicolons (chat text). A header row in English or Chinese maps the columns by
 * name, so extra spreadsheet columns (product name, unit) are ignored. Every non-blank line is
 * returned as a line or as an error naming it; a paste over MAX_ENTRY_LINES is refused whole.
 */
export function parseEntryLines(text: string): { lines: EntryLine[]; errors: EntryLineError[]; too_many?: number } {
  const rows = text.replace(/\r\n?/g, "\n").split("\n")
  const count = rows.filter((r) => r.trim()).length
  if (count > MAX_ENTRY_LINES + 1) return { lines: [], errors: [], too_many: count }
  const lines: EntryLine[] = []
  const errors: EntryLineError[] = []
  let columns: { sku: number; qty: number; price: number } | null = null
  let first = true
  rows.forEach((rawRow, index) => {
    const raw = rawRow.trim()
    if (!raw) return
    const line = index + 1
    // Spreadsheet cells keep their positions (a blank price cell stays blank); chat text is split on any gap.
    const cells = rawRow.includes("\t")
      ? rawRow.split("\t").map((c) => c.trim())
      : raw.split(/[\s,;，；]+/).filter(Boolean)
    const nonEmpty = cells.filter(Boolean)
    if (first) {
      first = false
      const sku = cells.findIndex((c) => SKU_HEADER_CELL.test(c))
      const qty = cells.findIndex((c) => QTY_HEADER_CELL.test(c))
      if (sku >= 0 && qty >= 0) {
        // Spreadsheet cells are mapped by their header; a typed header ("SKU Qty Unit price") is only skipped.
        if (rawRow.includes("\t")) columns = { sku, qty, price: cells.findIndex((c) => PRICE_HEADER.test(c)) }
        return
      }
    }
    let sku: string | undefined
    let qty: string | undefined
    let price: string | undefined
    if (columns) {
      sku = cells[columns.sku]
      qty = cells[columns.qty]
      price = columns.price >= 0 ? cells[columns.price] || undefined : undefined
    } else {
      if (nonEmpty.length > 3) {
        errors.push({
          line,
          raw,
          sku: nonEmpty[0],
          code: "unexpected_columns",
          error: "Unexpected extra text: expected 'SKU quantity [price]'",
        })
        return
      }
      ;[sku, qty, price] = nonEmpty
    }
    if (!sku) {
      errors.push({ line, raw, code: "missing_sku", error: "SKU is missing" })
      return
    }
    if (qty === undefined || qty === "") {
      errors.push({
        line,
        raw,
        sku,
        code: "missing_quantity",
        error: "Quantity is missing: expected 'SKU quantity [price]'",
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
    let unitPrice: string | null = null
    if (price !== undefined) {
      const cleaned = price.replace(/^[¥$￥]|^(CNY|USD|RMB)\s*/i, "").replace(/,(?=\d{3}(\D|$))/g, "")
      if (!/^\d+(\.\d+)?$/.test(cleaned)) {
        errors.push({ line, raw, sku, code: "invalid_price", error: `Price "${price}" is not a number` })
        return
      }
      unitPrice = cleaned
    }
    lines.push({ line, raw, sku: sku.toUpperCase(), quantity: Number(qty), unit_price: unitPrice })
  })
  return { lines, errors }
}
