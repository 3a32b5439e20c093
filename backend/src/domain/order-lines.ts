/**
 * The one parser for pasted order lines: "SKU quantity [price]" per line — what a buyer copies
 * out of a spreadsheet or a chat, what staff paste into an order or a quote, what the warehouse
 * types for goods received. Cells are separated by tabs (a spreadsheet copy: a header row in
 * English or Chinese maps the columns by name, so extra columns are ignored) or by spaces,
 * commas or semicolons (chat text). Every line that is not blank is returned as a line or as an
 * error naming it: nothing is dropped. Each use is a format below.
 */

export const MAX_QUANTITY = 100_000

export type LineFormat = {
  /** The most lines read at once. */
  max_lines: number
  /** Over max_lines: read the first max_lines and report one error, or read nothing. */
  overflow: "report" | "refuse"
  /** An optional (or required) third column with an amount, or none ("SKU quantity"). */
  amount: null | { name: "price" | "unit_cost"; required: boolean }
}

/** The storefront's quick order: "SKU quantity", at most 500 lines. */
export const QUICK_ORDER_FORMAT: LineFormat = { max_lines: 500, overflow: "report", amount: null }
/** Staff order entry and quotes: "SKU quantity [price]", at most 1,000 lines, a bigger paste refused whole. */
export const STAFF_ENTRY_FORMAT: LineFormat = {
  max_lines: 1000,
  overflow: "refuse",
  amount: { name: "price", required: false },
}
/** Goods received: "SKU quantity unit_cost". */
export const RECEIPT_FORMAT: LineFormat = {
  max_lines: 1000,
  overflow: "refuse",
  amount: { name: "unit_cost", required: true },
}

export const MAX_LINES = QUICK_ORDER_FORMAT.max_lines
export const MAX_ENTRY_LINES = STAFF_ENTRY_FORMAT.max_lines

export type ParsedLine = { line: number; raw: string; sku: string; quantity: number; amount: string | null }
export type LineErrorCode =
  | "missing_sku"
  | "missing_quantity"
  | "invalid_quantity"
  | "missing_price"
  | "invalid_price"
  | "missing_unit_cost"
  | "invalid_unit_cost"
  | "unexpected_columns"
  | "unknown_sku"
  | "insufficient_stock"
  | "too_many_lines"
export type LineError = { line: number; raw: string; sku?: string; error: string; code: LineErrorCode }
export type ParsedLines = { lines: ParsedLine[]; errors: LineError[]; too_many?: number }

const SKU_HEADER =
  /^(sku|item|item ?(code|no\.?|number)|code|part|part ?(no\.?|number)|article|product code|货号|编码|物料|产品编号|商品编码|物料编码|型号)$/i
const QTY_HEADER = /^(qty|quantity|order qty|数量|订购数量|pcs|件数)$/i
const AMOUNT_HEADER = /^(price|unit ?price|单价|价格|含税单价|售价|报价|unit ?cost|cost|成本|单位成本|进价)$/i

const expected = (f: LineFormat) =>
  f.amount
    ? f.amount.required
      ? `'SKU quantity ${f.amount.name}'`
      : `'SKU quantity [${f.amount.name}]'`
    : "'SKU quantity'"

/** "¥1,234.50", "CNY 12" → "1234.50"; null when it is not a plain non-negative number. */
function cleanAmount(x: string): string | null {
  const cleaned = x
    .trim()
    .replace(/^[¥$￥]|^(CNY|USD|RMB)\s*/i, "")
    .replace(/,(?=\d{3}(\D|$))/g, "")
  return /^\d+(\.\d+)?$/.test(cleaned) ? cleaned : null
}

export function parseLines(text: string, format: LineFormat): ParsedLines {
  const rows = text.replace(/\r\n?/g, "\n").split("\n")
  if (format.overflow === "refuse") {
    const count = rows.filter((r) => r.trim()).length
    if (count > format.max_lines + 1) return { lines: [], errors: [], too_many: count }
  }
  const lines: ParsedLine[] = []
  const errors: LineError[] = []
  const width = format.amount ? 3 : 2
  let columns: { sku: number; qty: number; amount: number } | null = null
  let first = true
  let seen = 0
  rows.forEach((rawRow, index) => {
    const raw = rawRow.trim()
    if (!raw) return
    const line = index + 1
    // Spreadsheet cells keep their positions (a blank price cell stays blank); chat text is split on any gap.
    const tabbed = rawRow.includes("\t")
    const cells = tabbed ? rawRow.split("\t").map((c) => c.trim()) : raw.split(/[\s,;，；]+/).filter(Boolean)
    const nonEmpty = cells.filter(Boolean)
    if (first) {
      first = false
      const sku = cells.findIndex((c) => SKU_HEADER.test(c))
      const qty = cells.findIndex((c) => QTY_HEADER.test(c))
      if (sku >= 0 && (qty >= 0 || nonEmpty.length === 1)) {
        // A spreadsheet header maps the columns by name; a typed header ("SKU Qty Unit price") is only skipped.
        if (tabbed && qty >= 0) columns = { sku, qty, amount: cells.findIndex((c) => AMOUNT_HEADER.test(c)) }
        return
      }
    }
    seen++
    if (seen > format.max_lines) {
      if (seen === format.max_lines + 1) {
        errors.push({
          line,
          raw,
          code: "too_many_lines",
          error: `At most ${format.max_lines} lines can be ordered at once`,
        })
      }
      return
    }
    let sku: string | undefined
    let qty: string | undefined
    let amount: string | undefined
    if (columns) {
      sku = cells[columns.sku]
      qty = cells[columns.qty]
      amount = columns.amount >= 0 ? cells[columns.amount] || undefined : undefined
    } else {
      if (nonEmpty.length > width) {
        errors.push({
          line,
          raw,
          sku: nonEmpty[0],
          code: "unexpected_columns",
          error: `Unexpected extra text: expected ${expected(format)}`,
        })
        return
      }
      ;[sku, qty, amount] = nonEmpty
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
        error: `Quantity is missing: expected ${expected(format)}`,
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
    let value: string | null = null
    if (format.amount && amount !== undefined) {
      value = cleanAmount(amount)
      if (value == null) {
        const what = format.amount.name === "price" ? "Price" : "Unit cost"
        errors.push({
          line,
          raw,
          sku,
          code: `invalid_${format.amount.name}`,
          error: `${what} "${amount}" is not a number`,
        })
        return
      }
    } else if (format.amount?.required) {
      errors.push({
        line,
        raw,
        sku,
        code: `missing_${format.amount.name}`,
        error: `Unit cost is missing: expected ${expected(format)}`,
      })
      return
    }
    lines.push({ line, raw, sku: sku.toUpperCase(), quantity: Number(qty), amount: value })
  })
  return { lines, errors }
}

/** The storefront's quick order ("SKU quantity"). */
export const parseOrderLines = (text: string) => parseLines(text, QUICK_ORDER_FORMAT)

/** Staff entry and quotes ("SKU quantity [price]"): the price as `unit_price`. */
export function parseEntryLines(text: string) {
  const { lines, ...rest } = parseLines(text, STAFF_ENTRY_FORMAT)
  return { ...rest, lines: lines.map(({ amount, ...l }) => ({ ...l, unit_price: amount })) }
}

export type EntryLine = ReturnType<typeof parseEntryLines>["lines"][number]
export type EntryLineError = LineError
