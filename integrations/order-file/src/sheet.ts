/**
 * File bytes → rows of cells, whatever the container: CSV/TSV text in UTF-8 (with or without BOM),
 * UTF-16 (Excel's "Unicode text") or GB18030/GBK (Taobao's exports), or the first worksheet of an
 * XLSX workbook. Nothing here knows about orders.
 */

import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import type { Cell } from "./values"

export type OrderFileErrorCode =
  | "empty"
  | "unsupported_format"
  | "unreadable"
  | "no_header"
  | "unknown_columns"
  | "missing_columns"
  | "too_many_rows"

/** A file that cannot be read at all; `message` is written for the person who uploaded it. */
export class OrderFileError extends Error {
  constructor(
    readonly code: OrderFileErrorCode,
    message: string,
  ) {
    super(message)
    this.name = "OrderFileError"
  }
}

/** One spreadsheet row: `row` is its 1-based number as a spreadsheet program shows it. */
export type SheetRow = { row: number; cells: Cell[] }
export type Sheet = { format: "csv" | "xlsx"; encoding?: string; rows: SheetRow[] }

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0]

export async function readSheet(bytes: Uint8Array, filename: string, maxRows: number): Promise<Sheet> {
  if (!bytes.length) throw new OrderFileError("empty", "The file is empty.")
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase()
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, maxRows)
  if (startsWith(bytes, OLE2)) {
    throw new OrderFileError(
      "unsupported_format",
      "This is an old Excel 97–2003 (.xls) file. Open it in Excel or WPS and save it as .xlsx or CSV, then upload it again.",
    )
  }
  if (ext === "xlsx") {
    throw new OrderFileError("unreadable", "The file is named .xlsx but is not an Excel workbook.")
  }
  return readDelimited(bytes, maxRows)
}

function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" }
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" }
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" }
  } catch {
    // Not valid UTF-8: Chinese Excel and Taobao write GBK, which GB18030 contains.
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" }
  }
}

/** The delimiter used most in the first lines: comma, tab (Amazon's reports) or semicolon. */
function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim())
  let best = ","
  let bestCount = 0
  for (const d of [",", "\t", ";"]) {
    const count = lines.reduce((n, l) => n + l.split(d).length - 1, 0)
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}

function readDelimited(bytes: Uint8Array, maxRows: number): Sheet {
  const { text, encoding } = decodeText(bytes)
  if (text.slice(0, 4096).includes("\u0000")) {
    throw new OrderFileError("unsupported_format", "This file is neither CSV nor XLSX. Upload a .csv or .xlsx file.")
  }
  if (!text.trim()) throw new OrderFileError("empty", "The file is empty.")
  let records: string[][]
  try {
    records = parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      // Taobao writes ="1930679858170647" unquoted to keep long ids as text.
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      // One more than the limit, so "too many rows" can be told from "exactly the limit".
      to: maxRows + 100,
    }) as string[][]
  } catch (e) {
    throw new OrderFileError("unreadable", `The CSV file could not be read: ${(e as Error).message}`)
  }
  // A record is a row as a spreadsheet shows it, even when a quoted cell spans several lines.
  return { format: "csv", encoding, rows: records.map((cells, i) => ({ row: i + 1, cells })) }
}

type ExcelValue = ExcelJS.CellValue | undefined

/** An ExcelJS cell value as a plain cell: rich text joined, formulas as their cached result. */
function plainCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE"
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("")
    if ("formula" in value || "sharedFormula" in value) return plainCell((value as { result?: ExcelValue }).result)
    if ("hyperlink" in value && "text" in value) return plainCell((value as { text: ExcelValue }).text)
    if ("error" in value) return String(value.error)
  }
  return String(value)
}

async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  try {
    // ExcelJS's typings want Node's Buffer; wrapping shares the memory, nothing is copied.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch {
    throw new OrderFileError("unreadable", "The Excel file could not be read. Save it again as .xlsx or CSV and retry.")
  }
  const sheet = workbook.worksheets.find(Boolean)
  if (!sheet || sheet.actualRowCount === 0)
    throw new OrderFileError("empty", "The first worksheet of the file is empty.")
  if (sheet.actualRowCount > maxRows + 100) {
    throw new OrderFileError(
      "too_many_rows",
      `The file has more than ${maxRows.toLocaleString("en")} rows. Split it into smaller files.`,
    )
  }
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value)
    })
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null
    rows.push({ row: rowNumber, cells })
  })
  return { format: "xlsx", rows }
}
