/**
 * Reading one spreadsheet cell as the kind of value a field needs. A cell is what the parser gave:
 * always a string from CSV; a string, number or Date from XLSX (rich text, hyperlinks and formula
 * results are flattened before they get here). Each reader returns the value or a reason, never
 * throws, so the caller can name the column in a sentence.
 */
import { addDecimals, parseDecimal } from "./decimal"

export type Cell = string | number | Date | null

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const no = <T>(reason: string): Read<T> => ({ ok: false, reason })

// Spaces Chinese spreadsheets carry: ideographic (U+3000), no-break, BOM, tabs Taobao appends.
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g

/** A number as Excel shows it: 15 significant digits, so 0.1+0.2 reads "0.3" and 19.6 "19.6". */
export function excelNumberText(n: number): string {
  if (Number.isSafeInteger(n)) return String(n)
  if (!Number.isFinite(n)) return String(n)
  const s = n.toPrecision(15)
  if (/e/i.test(s)) return String(n)
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s
}

/**
 * The cell as trimmed text. Spreadsheet exports keep long numbers as text by writing `="…"`
 * (Taobao does this for 订单编号); that wrapping is removed here.
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ""
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString()
  if (typeof cell === "number") return excelNumberText(cell)
  let t = String(cell).replace(EDGE_SPACE, "")
  const wrapped = /^="(.*)"$/s.exec(t)
  if (wrapped) t = wrapped[1].replace(EDGE_SPACE, "")
  return t
}

export const isBlank = (cell: Cell) => cellText(cell) === ""

/** An identifier, SKU, phone or postcode: text, without the leading apostrophe Excel uses to keep it text. */
export function codeText(cell: Cell): string {
  return cellText(cell).replace(/^'+/, "").replace(EDGE_SPACE, "")
}

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/i

/**
 * An order id. Excel turns long digit strings into numbers, keeps 15 significant digits and shows
 * them as 1.23457E+17: the original id is gone, so such a value is refused rather than guessed.
 */
export function readOrderId(cell: Cell): Read<string> {
  if (typeof cell === "number") {
    if (!Number.isInteger(cell)) return ok(excelNumberText(cell))
    if (!Number.isSafeInteger(cell) || String(Math.abs(cell)).length > 15) {
      return no("the spreadsheet rounded this order number; export it as text")
    }
    return ok(String(cell))
  }
  const t = codeText(cell)
  if (!t) return no("blank")
  if (SCIENTIFIC.test(t)) return no("the spreadsheet rounded this order number; export it as text")
  return ok(t)
}

/** A whole number above zero. */
export function readQuantity(cell: Cell): Read<number> {
  const t = cellText(cell)
  if (!t) return no("blank")
  const m = /^\+?(\d+)(?:\.0+)?$/.exec(t)
  const n = m ? Number(m[1]) : Number.NaN
  if (!Number.isSafeInteger(n) || n < 1) return no(`must be a whole number above 0, not "${t}"`)
  return ok(n)
}

const CURRENCY_PREFIX = /^(?:[¥￥$€£]|RMB|CNY|USD|EUR|GBP)\s*/i
const CURRENCY_SUFFIX = /\s*(?:元|RMB|CNY)$/i

/**
 * An amount as a decimal string with at least 2 decimals ("19.6" → "19.60"), by string and BigInt
 * arithmetic only. Tolerates a currency sign or 元, and thousands separators ("1,234.50").
 */
export function readMoney(cell: Cell): Read<string> {
  const shown = cellText(cell)
  if (!shown) return no("blank")
  let t = shown.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "")
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) t = t.replaceAll(",", "")
  let amount: string
  try {
    amount = addDecimals([t])
  } catch {
    return no(`must be an amount such as 19.90, not "${shown}"`)
  }
  if (parseDecimal(amount).units < 0n) return no(`must not be negative ("${shown}")`)
  return ok(amount)
}

const CURRENCY_NAMES: Record<string, string> = { RMB: "cny", 人民币: "cny", 元: "cny", "¥": "cny", "￥": "cny" }

/** An ISO 4217 code, lowercase ("USD" → "usd", "人民币" → "cny"). */
export function readCurrency(cell: Cell): Read<string> {
  const t = cellText(cell)
  if (!t) return no("blank")
  const named = CURRENCY_NAMES[t.toUpperCase()] ?? CURRENCY_NAMES[t]
  if (named) return ok(named)
  if (/^[A-Za-z]{3}$/.test(t)) return ok(t.toLowerCase())
  return no(`must be a three-letter currency code such as CNY or USD, not "${t}"`)
}

const COUNTRY_NAMES: Record<string, string> = {
  中国: "cn",
  中国大陆: "cn",
  中华人民共和国: "cn",
  china: "cn",
  "people's republic of china": "cn",
  香港: "hk",
  台湾: "tw",
  美国: "us",
  usa: "us",
  "united states": "us",
  "united states of america": "us",
  英国: "gb",
  "united kingdom": "gb",
  uk: "gb",
}

/** An ISO 3166-1 alpha-2 code, lowercase; a few common names are understood. */
export function readCountry(cell: Cell): Read<string> {
  const t = cellText(cell)
  if (!t) return no("blank")
  const named = COUNTRY_NAMES[t.toLowerCase()] ?? COUNTRY_NAMES[t]
  if (named) return ok(named)
  if (/^[A-Za-z]{2}$/.test(t)) return ok(t.toLowerCase())
  return no(`must be a two-letter country code such as CN or US, not "${t}"`)
}

/** "+08:00", "+0800", "+08", "Z", "UTC" → minutes east of UTC. */
export function offsetMinutes(zone: string): number | undefined {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!m) return undefined
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  if (minutes > 14 * 60) return undefined
  return m[1] === "-" ? -minutes : minutes
}

function wallClockToIso(parts: number[], offset: number): string | undefined {
  const [y, mo, d, h = 0, mi = 0, s = 0, ms = 0] = parts
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  const check = new Date(t)
  // Date.UTC rolls 2024-02-30 over to March; a day that does not exist is no date.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined
  return new Date(t - offset * 60_000).toISOString()
}

const DATE =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i

// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); serials up to 9999-12-31.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const MAX_SERIAL = 2_958_465

function serialToIso(serial: number, offset: number): string | undefined {
  if (!(serial > 0 && serial <= MAX_SERIAL)) return undefined
  const wall = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000)
  return wallClockToIso(
    [
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
    ],
    offset,
  )
}

/**
 * A date and time as UTC ISO-8601. Accepts "2024-03-05 14:22:01", "2024/3/5 14:22", "2024年3月5日",
 * ISO with an offset ("2024-03-05T14:22:01+00:00", Shopify's "2024-03-05 14:22:01 -0500"), Excel
 * serial numbers (45356.6) and XLSX date cells. A time without an offset is read in `offset`
 * minutes east of UTC (the preset's zone: Taobao writes Beijing time).
 */
export function readDate(cell: Cell, offset: number): Read<string> {
  if (cell instanceof Date) {
    // ExcelJS hands back the wall-clock time the sheet shows, as if it were UTC.
    if (Number.isNaN(cell.getTime())) return no("is not a date")
    const iso = wallClockToIso(
      [
        cell.getUTCFullYear(),
        cell.getUTCMonth() + 1,
        cell.getUTCDate(),
        cell.getUTCHours(),
        cell.getUTCMinutes(),
        cell.getUTCSeconds(),
        cell.getUTCMilliseconds(),
      ],
      offset,
    )
    return iso ? ok(iso) : no("is not a date")
  }
  if (typeof cell === "number") {
    const iso = serialToIso(cell, offset)
    return iso ? ok(iso) : no(`holds ${cell}, which is not a date`)
  }
  const t = cellText(cell)
  if (!t) return no("blank")
  const bad = `holds "${t}", which is not a date (write it like 2024-03-05 14:22)`
  if (/^\d+(?:\.\d+)?$/.test(t)) {
    const iso = serialToIso(Number(t), offset)
    return iso ? ok(iso) : no(bad)
  }
  const m = DATE.exec(t)
  if (!m) return no(bad)
  const zone = m[8] ? offsetMinutes(m[8]) : offset
  if (zone === undefined) return no(bad)
  const ms = m[7] ? Number(m[7].padEnd(3, "0").slice(0, 3)) : 0
  const iso = wallClockToIso([m[1], m[2], m[3], m[4] ?? 0, m[5] ?? 0, m[6] ?? 0].map(Number).concat(ms), zone)
  return iso ? ok(iso) : no(bad)
}
