/**
 * An order file (CSV or XLSX bytes) → complete MarketplaceOrders and plain-English errors per
 * row. Rows sharing an order number are one order; an order comes through only when every one of
 * its rows is valid, so staff never import half an order.
 */
import { absDecimal, addDecimals, divideDecimal, multiplyDecimal, parseDecimal, subtractDecimals } from "./decimal"
import {
  type ColumnMap,
  detectPreset,
  knownHeaders,
  mapColumns,
  normalizeHeader,
  type OrderFileField,
  type OrderFilePreset,
  PRESETS,
  type PresetDefinition,
} from "./presets"
import { OrderFileError, readSheet, type SheetRow } from "./sheet"
import type { MarketplaceAddress, MarketplaceOrder, MarketplaceOrderLine, MarketplaceOrderStatus } from "./types"
import {
  type Cell,
  cellText,
  codeText,
  isBlank,
  offsetMinutes,
  type Read,
  readCountry,
  readCurrency,
  readDate,
  readMoney,
  readOrderId,
  readQuantity,
} from "./values"

export const MAX_DATA_ROWS = 50_000
/** Rows looked at for the header before giving up (exports put report titles above it). */
const HEADER_SEARCH_ROWS = 30
/** Known column names a row needs to count as the header. */
const HEADER_MIN_MATCHES = 3

export type OrderFileRowError = {
  /** 1-based spreadsheet row, header included, as the user sees it. */
  row: number
  /** The header as written in the file. */
  column?: string
  /** Our field name (see ORDER_FILE_FIELDS). */
  field: string
  /** A plain English sentence naming the column. */
  message: string
  /**
   * What kind of problem, for screens that word it in another language: `required` (empty but
   * needed), `invalid` (not readable as the field), `conflict` (differs from another row of the
   * same order), `rounded` (an order number a spreadsheet turned into a rounded number).
   */
  code: OrderFileErrorKind
  /** The cell as written, when it was not empty. */
  value?: string
  external_id?: string
}

export type OrderFileErrorKind = "required" | "invalid" | "conflict" | "rounded"

export type OrderFileResult = {
  preset: OrderFilePreset
  headers: string[]
  /** Data rows read (blank rows not counted). */
  rows: number
  /** Complete orders: every row of the order was valid. */
  orders: MarketplaceOrder[]
  /** Why rows were refused. All or nothing per order: one bad row keeps its whole order out. */
  errors: OrderFileRowError[]
  skipped_orders: { external_id: string; rows: number[] }[]
}

export type ReadOrderFileOptions = {
  filename: string
  preset?: OrderFilePreset | "auto"
  /** Currency of orders whose rows name none (ISO 4217). */
  currency_code: string
  /** Offset of dates written without one; defaults to the preset's ("+08:00" Taobao, else UTC). */
  utc_offset?: string
}

export async function readOrderFile(bytes: Uint8Array, opts: ReadOrderFileOptions): Promise<OrderFileResult> {
  const defaultCurrency = readCurrency(opts.currency_code)
  if (!defaultCurrency.ok) throw new TypeError(`currency_code ${defaultCurrency.reason}`)
  const sheet = await readSheet(bytes, opts.filename, MAX_DATA_ROWS)
  const forced = opts.preset && opts.preset !== "auto" ? PRESETS[opts.preset] : undefined

  const headerAt = findHeaderRow(sheet.rows, forced ? [forced] : Object.values(PRESETS))
  if (headerAt < 0) {
    throw new OrderFileError(
      "no_header",
      "No header row was found: none of the first rows names at least 3 known columns (for example order_number, sku, quantity, unit_price or 订单编号, 商家编码, 购买数量, 价格).",
    )
  }
  const headers = sheet.rows[headerAt].cells.map((c) => cellText(c))
  const preset = forced ?? PRESETS[detectPreset(headers) ?? closestPreset(headers)]
  const columns = mapColumns(headers, preset)
  const missing = preset.required.filter((f) => !columns.has(f))
  if (missing.length) {
    const list = missing.map((f) => `${f} (${preset.columns[f]?.join(" / ")})`).join("; ")
    throw forced
      ? new OrderFileError("missing_columns", `The file does not have the columns a ${preset.label.en} needs: ${list}.`)
      : new OrderFileError(
          "unknown_columns",
          `The columns of this file match no known layout (Ordo template, Shopify, Amazon, Taobao/Tmall). Closest is the ${preset.label.en}, which lacks: ${list}. Download the Ordo template or choose the layout by hand.`,
        )
  }

  const dataRows = sheet.rows.slice(headerAt + 1).filter((r) => r.cells.some((c) => !isBlank(c)))
  if (dataRows.length > MAX_DATA_ROWS) {
    throw new OrderFileError(
      "too_many_rows",
      `The file has ${dataRows.length.toLocaleString("en")} rows; at most ${MAX_DATA_ROWS.toLocaleString("en")} can be imported at once. Split it into smaller files.`,
    )
  }

  const offset = offsetMinutes(opts.utc_offset ?? preset.utc_offset)
  if (offset === undefined) throw new TypeError(`utc_offset "${opts.utc_offset}" is not like +08:00`)
  const ctx: Context = { preset, headers, columns, offset, currency: defaultCurrency.value }

  const errors: OrderFileRowError[] = []
  const groups = new Map<string, SheetRow[]>()
  for (const row of dataRows) {
    const id = field(ctx, row, "order_number")
    const read = readOrderId(id.cell)
    if (!read.ok) {
      errors.push({
        row: row.row,
        column: id.column,
        field: "order_number",
        code: read.reason === "blank" ? "required" : /rounded/.test(read.reason) ? "rounded" : "invalid",
        ...(isBlank(id.cell) ? {} : { value: cellText(id.cell) }),
        message:
          read.reason === "blank"
            ? `The column "${id.column}" is empty: every row needs an order number.`
            : `The column "${id.column}" holds "${cellText(id.cell)}": ${read.reason}.`,
        ...(isBlank(id.cell) ? {} : { external_id: cellText(id.cell) }),
      })
      continue
    }
    const group = groups.get(read.value)
    if (group) group.push(row)
    else groups.set(read.value, [row])
  }

  const orders: MarketplaceOrder[] = []
  const skipped_orders: OrderFileResult["skipped_orders"] = []
  for (const [external_id, rows] of groups) {
    const built = buildOrder(ctx, external_id, rows)
    if (built.errors.length) {
      errors.push(...built.errors)
      skipped_orders.push({ external_id, rows: rows.map((r) => r.row) })
    } else if (built.order) orders.push(built.order)
  }
  errors.sort((a, b) => a.row - b.row)
  return { preset: preset.preset, headers, rows: dataRows.length, orders, errors, skipped_orders }
}

/** The preset sharing most columns with the file, to say what is missing when none fits. */
function closestPreset(headers: string[]): OrderFilePreset {
  let best: OrderFilePreset = "generic"
  let bestScore = -1
  for (const p of Object.values(PRESETS)) {
    const map = mapColumns(headers, p)
    const score = p.required.filter((f) => map.has(f)).length
    if (score > bestScore) {
      best = p.preset
      bestScore = score
    }
  }
  return best
}

function findHeaderRow(rows: SheetRow[], presets: PresetDefinition[]): number {
  const known = knownHeaders(presets)
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const names = new Set(rows[i].cells.map((c) => normalizeHeader(cellText(c))).filter((h) => known.has(h)))
    if (names.size >= HEADER_MIN_MATCHES) return i
  }
  return -1
}

type Context = {
  preset: PresetDefinition
  headers: string[]
  columns: ColumnMap
  offset: number
  currency: string
}

type FieldValue = { cell: Cell; column?: string; row: number }

/** The field on one row: the first of its columns that is not blank. */
function field(ctx: Context, row: SheetRow, name: OrderFileField): FieldValue {
  const indices = ctx.columns.get(name) ?? []
  for (const i of indices) {
    const cell = row.cells[i] ?? null
    if (!isBlank(cell)) return { cell, column: ctx.headers[i], row: row.row }
  }
  return { cell: null, column: indices.length ? ctx.headers[indices[0]] : undefined, row: row.row }
}

/** An order-level field: from the first row of the order that has it (Shopify fills only the first). */
function orderField(ctx: Context, rows: SheetRow[], name: OrderFileField): FieldValue {
  for (const row of rows) {
    const v = field(ctx, row, name)
    if (!isBlank(v.cell)) return v
  }
  return field(ctx, rows[0], name)
}

const text = (v: FieldValue) => cellText(v.cell) || undefined
const code = (v: FieldValue) => codeText(v.cell) || undefined

function buildOrder(
  ctx: Context,
  external_id: string,
  rows: SheetRow[],
): { order?: MarketplaceOrder; errors: OrderFileRowError[] } {
  const errors: OrderFileRowError[] = []
  const fail = (v: FieldValue, f: OrderFileField, message: string, code: OrderFileErrorKind = "invalid") =>
    errors.push({
      row: v.row,
      ...(v.column ? { column: v.column } : {}),
      field: f,
      message,
      code,
      ...(isBlank(v.cell) ? {} : { value: cellText(v.cell) }),
      external_id,
    })
  const col = (v: FieldValue, f: OrderFileField) => `"${v.column ?? f}"`
  /** Reads a value, recording why when it is unreadable; blank is fine unless `required` says why not. */
  function must<T>(v: FieldValue, f: OrderFileField, read: Read<T>, required?: string): T | undefined {
    if (read.ok) return read.value
    if (read.reason === "blank") {
      if (required) fail(v, f, `The column ${col(v, f)} is empty: ${required}.`, "required")
      return undefined
    }
    fail(v, f, `The column ${col(v, f)} ${read.reason}.`)
    return undefined
  }

  const { preset } = ctx
  const lines: MarketplaceOrderLine[] = []
  let skippedItems = 0
  rows.forEach((row, i) => {
    // Amazon reports an item cancelled before shipping with quantity 0 and no price: not a line.
    if (preset.zero_quantity === "skip" && cellText(field(ctx, row, "quantity").cell) === "0") {
      skippedItems++
      return
    }
    const skuValue = field(ctx, row, "sku")
    const sku = code(skuValue)
    if (!sku) fail(skuValue, "sku", `The column ${col(skuValue, "sku")} is empty: every line needs a SKU.`, "required")
    const qtyValue = field(ctx, row, "quantity")
    const quantity = must(qtyValue, "quantity", readQuantity(qtyValue.cell), "every line needs a quantity")
    const priceField = preset.price === "unit" ? "unit_price" : "line_total"
    const priceValue = field(ctx, row, priceField)
    const price = must(priceValue, priceField, readMoney(priceValue.cell), "every line needs a price")
    const discountValue = field(ctx, row, "discount")
    const discount = must(discountValue, "discount", readMoney(absText(discountValue.cell)))
    if (!sku || quantity === undefined || price === undefined) return
    const unit_price =
      preset.price === "unit" ? price : divideDecimal(price, quantity, Math.max(2, parseDecimal(price).scale))
    const line: MarketplaceOrderLine = {
      external_line_id: code(field(ctx, row, "line_id")) ?? String(i + 1),
      sku,
      title: text(field(ctx, row, "title")) ?? sku,
      quantity,
      unit_price,
      line_total: preset.price === "unit" ? multiplyDecimal(price, quantity) : price,
    }
    if (discount && parseDecimal(discount).units !== 0n) line.discount = discount
    lines.push(line)
  })

  // Currency: every row that names one must agree with the first that does.
  let currency: { code: string; row: number } | undefined
  for (const row of rows) {
    const v = field(ctx, row, "currency")
    const c = must(v, "currency", readCurrency(v.cell))
    if (!c) continue
    if (!currency) currency = { code: c, row: row.row }
    else if (c !== currency.code) {
      fail(
        v,
        "currency",
        `The column ${col(v, "currency")} says ${c.toUpperCase()} here but ${currency.code.toUpperCase()} on row ${currency.row} of the same order; an order has one currency.`,
        "conflict",
      )
    }
  }

  const dateValue = orderField(ctx, rows, "order_date")
  const placed_at = must(
    dateValue,
    "order_date",
    readDate(dateValue.cell, ctx.offset),
    "every order needs an order date",
  )
  const updatedValue = orderField(ctx, rows, "updated_at")
  const updated_at = must(updatedValue, "updated_at", readDate(updatedValue.cell, ctx.offset))
  const cancelledValue = orderField(ctx, rows, "cancelled_at")
  const cancelled_at = must(cancelledValue, "cancelled_at", readDate(cancelledValue.cell, ctx.offset))

  const amount = (f: OrderFileField, abs = false): string => {
    const values = preset.amounts === "line" ? rows.map((r) => field(ctx, r, f)) : [orderField(ctx, rows, f)]
    const amounts = values.map((v) => must(v, f, readMoney(abs ? absText(v.cell) : v.cell)) ?? "0")
    return addDecimals(amounts)
  }
  const shipping_total = subtractDecimals(amount("shipping"), amount("shipping_discount", true))
  const tax_total = addDecimals([amount("tax"), amount("shipping_tax")])
  const totalValue = orderField(ctx, rows, "total")
  const statedTotal = preset.amounts === "order" ? must(totalValue, "total", readMoney(totalValue.cell)) : undefined

  const emailValue = orderField(ctx, rows, "email")
  const email = text(emailValue)
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    fail(
      emailValue,
      "email",
      `The column ${col(emailValue, "email")} holds "${email}", which is not an e-mail address.`,
    )
  }

  const shipping_address = addressOf(ctx, rows, fail, col)
  if (errors.length || placed_at === undefined) return { errors }

  const statusText = text(orderField(ctx, rows, "status"))
  const status: MarketplaceOrderStatus = cancelled_at ? "cancelled" : statusOf(statusText)
  if (!lines.length && skippedItems && status !== "cancelled") {
    const v = field(ctx, rows[0], "quantity")
    fail(
      v,
      "quantity",
      `The column ${col(v, "quantity")} is 0 on every row of this order, and the order is not cancelled.`,
    )
    return { errors }
  }
  const discounts = addDecimals(lines.map((l) => l.discount ?? "0"))
  const computed = addDecimals([
    subtractDecimals(addDecimals(lines.map((l) => l.line_total)), discounts),
    shipping_total,
    tax_total,
  ])

  const buyer: MarketplaceOrder["buyer"] = {}
  const name = text(orderField(ctx, rows, "customer_name")) ?? text(orderField(ctx, rows, "recipient_name"))
  const buyerId = code(orderField(ctx, rows, "buyer_id"))
  const phone = code(orderField(ctx, rows, "phone"))
  if (email) buyer.email = email
  if (buyerId) buyer.external_buyer_id = buyerId
  if (name) buyer.name = name
  if (phone) buyer.phone = phone

  const order: MarketplaceOrder = {
    source: "file",
    external_id,
    external_number: external_id,
    status,
    currency_code: currency?.code ?? ctx.currency,
    placed_at,
    updated_at: updated_at ?? placed_at,
    buyer,
    lines,
    shipping_total,
    tax_total,
    total: statedTotal ?? computed,
    raw: {
      preset: preset.preset,
      note: text(orderField(ctx, rows, "note")),
      rows: rows.map((r) => ({ row: r.row, values: rawValues(ctx.headers, r.cells) })),
    },
  }
  if (shipping_address) order.shipping_address = shipping_address
  if (status === "cancelled") order.cancelled_at = cancelled_at ?? updated_at ?? placed_at
  return { order, errors }
}

/** Amazon writes discounts as negative amounts; their size is what counts. */
function absText(cell: Cell): Cell {
  if (typeof cell === "number") return Math.abs(cell)
  const t = cellText(cell)
  if (!t) return null
  try {
    return absDecimal(t)
  } catch {
    return t
  }
}

function rawValues(headers: string[], cells: Cell[]): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((h, i) => {
    const v = cellText(cells[i] ?? null)
    if (h && v) out[h] = v
  })
  return out
}

const CANCELLED = ["cancelled", "canceled", "closed", "voided", "void", "交易关闭", "已关闭", "已取消", "取消", "关闭"]
const SHIPPED = ["shipped", "fulfilled", "delivered", "交易成功", "已发货", "已完成", "已签收", "卖家已发货"]
const PENDING = ["pending", "pendingavailability", "等待买家付款", "待付款", "未付款"]

/**
 * A status as the file writes it → Ordo's: cancelled (交易关闭, Cancelled), shipped (交易成功,
 * 卖家已发货，等待买家确认, Shipped, fulfilled), pending (等待买家付款, Pending: not paid, the backend
 * waits), everything else open.
 */
export function statusOf(value: string | undefined): MarketplaceOrderStatus {
  const v = (value ?? "").toLowerCase().replace(/[\s，,。]/g, "")
  if (!v) return "open"
  if (CANCELLED.some((s) => v === s || v.startsWith(s))) return "cancelled"
  if (SHIPPED.some((s) => v === s || v.startsWith(s))) return "shipped"
  if (PENDING.some((s) => v === s || v.startsWith(s))) return "pending"
  return "open"
}

/** "吉林省 通化市 柳河县 柳河镇紫御府 七号楼 201室(135300)" → province, city, street, postcode. */
export function splitChineseAddress(value: string): {
  province?: string
  city?: string
  street: string
  postal_code?: string
} {
  let rest = value.replace(/[\s\u3000]+/g, " ").trim()
  let postal_code: string | undefined
  const zip = /[(（]\s*(\d{6})\s*[)）]\s*$/.exec(rest)
  if (zip) {
    postal_code = zip[1]
    rest = rest.slice(0, zip.index).trim()
  }
  const parts = rest.split(" ")
  if (parts.length < 3) return { street: rest, postal_code }
  return { province: parts[0], city: parts[1], street: parts.slice(2).join(" "), postal_code }
}

function addressOf(
  ctx: Context,
  rows: SheetRow[],
  fail: (v: FieldValue, f: OrderFileField, message: string, code?: OrderFileErrorKind) => void,
  col: (v: FieldValue, f: OrderFileField) => string,
): MarketplaceAddress | undefined {
  const get = (f: OrderFileField) => orderField(ctx, rows, f)
  const line1 = text(get("address1"))
  let city = text(get("city"))
  let province = text(get("province"))
  let postal_code = code(get("postal_code"))
  let address_1 = line1
  if (ctx.preset.address === "cn_single_line" && line1 && !city) {
    const split = splitChineseAddress(line1)
    address_1 = split.street
    city = split.city
    province = province ?? split.province
    postal_code = postal_code ?? split.postal_code
  }
  if (!address_1 && !city) return undefined
  const countryValue = get("country_code")
  const country = readCountry(countryValue.cell)
  let country_code: string | undefined
  if (country.ok) country_code = country.value
  else if (country.reason === "blank" && ctx.preset.country_code) country_code = ctx.preset.country_code
  else if (country.reason === "blank") {
    fail(
      countryValue,
      "country_code",
      countryValue.column
        ? `The column ${col(countryValue, "country_code")} is empty: an order with an address needs a two-letter country code such as CN.`
        : "The file has no country column: an order with an address needs a two-letter country code such as CN (add a country_code column).",
      "required",
    )
  } else fail(countryValue, "country_code", `The column ${col(countryValue, "country_code")} ${country.reason}.`)
  if (!country_code) return undefined

  const address: MarketplaceAddress = { address_1: address_1 ?? "", city: city ?? "", country_code }
  const recipient = text(get("recipient_name")) ?? text(get("customer_name"))
  if (recipient) {
    // The same split the backend applies to a buyer name: first word, then the rest.
    const [first, ...rest] = recipient.split(/\s+/)
    address.first_name = first
    address.last_name = rest.join(" ")
  }
  const address_2 = [text(get("address2")), text(get("address3"))].filter(Boolean).join(", ")
  const optional: [keyof MarketplaceAddress, string | undefined][] = [
    ["company", text(get("company"))],
    ["address_2", address_2 || undefined],
    ["province", province],
    ["postal_code", postal_code],
    ["phone", code(get("phone"))],
  ]
  for (const [k, v] of optional) if (v !== undefined) address[k] = v
  return address
}
