import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import ExcelJS from "exceljs"
import { addMonths, monthStart, PeriodError, type ReportPeriod, reportRange, todayIn } from "../../domain/report-period"
import { type ReportScope, repFilter, reportScope } from "../../domain/report-scope"
import { REPORTING_MODULE } from "../../modules/reporting"
import type { Dimension } from "../../modules/reporting/reports"
import type ReportingModuleService from "../../modules/reporting/service"
import { staffRolesOf } from "../staff/roles"
import { reportTimeZone } from "./order-facts"

const reporting = (c: MedusaContainer) => c.resolve<ReportingModuleService>(REPORTING_MODULE)

/** Who asks: a staff user (scoped by their roles) or a secret API key (the whole business). */
export type Asker = { actor_id: string; actor_type: string }

/** The asker's report scope; warehouse staff (and staff without a role) are refused. */
export async function scopeOf(container: MedusaContainer, asker: Asker): Promise<ReportScope> {
  if (asker.actor_type === "api-key") return { rep_id: null, sales: true }
  const scope = reportScope(await staffRolesOf(container, asker.actor_id), asker.actor_id)
  if (!scope.sales)
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Reports need the Sales, Sales manager, Finance or Manager / owner role; a manager can grant it under Staff roles",
    )
  return scope
}

/** A period the domain refuses becomes a 400 naming its field. */
function range(asked: { from?: string; to?: string; period?: ReportPeriod }) {
  try {
    return reportRange(asked, todayIn(reportTimeZone()))
  } catch (e) {
    if (e instanceof PeriodError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    throw e
  }
}

export type ReportQuery = {
  from?: string
  to?: string
  period?: ReportPeriod
  currency: string
  category?: string
  region?: string
  channel?: string
  rep?: string
  by?: Dimension
  product?: string
  limit?: number
}

const asked = (x: string | undefined) => (x === undefined || x === "" ? null : x)

/** Sales, cost, profit, margin, orders and average order per bucket, with the total and a breakdown. */
export async function salesReport(container: MedusaContainer, asker: Asker, q: ReportQuery) {
  const scope = await scopeOf(container, asker)
  const r = range(q)
  const filters = {
    currency: q.currency.toLowerCase(),
    from: r.from,
    to: r.to,
    category: asked(q.category),
    region: asked(q.region),
    channel: asked(q.channel),
    rep: repFilter(scope, q.rep),
  }
  const result = await reporting(container).salesReport({ filters, period: r.period, by: q.by ?? null })
  return { ...filters, period: r.period, by: q.by ?? null, scoped_to_rep: scope.rep_id, ...result }
}

/** Best and slow sellers of the period, and a product's last 30 days when one is asked for. */
export async function productsReport(container: MedusaContainer, asker: Asker, q: ReportQuery) {
  const scope = await scopeOf(container, asker)
  const r = range({ ...q, period: q.period === "month" ? "month" : "day", to: q.to, from: q.from })
  const filters = {
    currency: q.currency.toLowerCase(),
    from: r.from,
    to: r.to,
    category: asked(q.category),
    rep: repFilter(scope, q.rep),
  }
  const service = reporting(container)
  const [sellers, trend] = await Promise.all([
    service.productSellers({ ...filters, wholeMonths: r.wholeMonths, limit: q.limit ?? 10 }),
    q.product
      ? service.productTrend({ currency: filters.currency, product_id: q.product, to: r.to, rep: filters.rep })
      : null,
  ])
  return { ...filters, scoped_to_rep: scope.rep_id, ...sellers, trend }
}

/** Share of the invoiced amount paid, and paid by the due date, per region, for invoices issued in the period's months. */
export async function paymentsByRegionReport(container: MedusaContainer, asker: Asker, q: ReportQuery) {
  const scope = await scopeOf(container, asker)
  // Read per issue month: the period is widened to whole months.
  const r = range({ ...q, period: "month" })
  const filters = {
    currency: q.currency.toLowerCase(),
    from: r.from,
    to: r.to,
    region: asked(q.region),
    rep: repFilter(scope, q.rep),
  }
  const result = await reporting(container).paymentsByRegion({ ...filters, from: monthStart(r.from) })
  return { ...filters, scoped_to_rep: scope.rep_id, ...result }
}

/** Open and overdue receivables per sales rep, now. */
export async function receivablesByRepReport(container: MedusaContainer, asker: Asker, q: ReportQuery) {
  const scope = await scopeOf(container, asker)
  const filters = { currency: q.currency.toLowerCase(), rep: repFilter(scope, q.rep) }
  const result = await reporting(container).receivablesByRep(filters)
  return { ...filters, scoped_to_rep: scope.rep_id, ...result }
}

/** The months the dashboard compares: this month, last month and the same month last year. */
export function dashboardMonths(timeZone = reportTimeZone()) {
  const thisMonth = monthStart(todayIn(timeZone))
  return { this_month: thisMonth, last_month: addMonths(thisMonth, -1), last_year: addMonths(thisMonth, -12) }
}

// ---- Exports: what is on screen, as CSV or XLSX --------------------------------------------------

export type Table = { title: string; columns: { key: string; label: string; money?: boolean }[]; rows: any[] }

const SALES_COLUMNS = [
  { key: "orders", label: "Orders" },
  { key: "quantity", label: "Quantity" },
  { key: "net_amount", label: "Net sales", money: true },
  { key: "cost_amount", label: "Cost", money: true },
  { key: "profit", label: "Gross profit", money: true },
  { key: "margin", label: "Margin %" },
  { key: "average_order", label: "Average order", money: true },
]
const PRODUCT_COLUMNS = [
  { key: "product_id", label: "Product id" },
  { key: "title", label: "Product" },
  { key: "category", label: "Category" },
  { key: "orders", label: "Orders" },
  { key: "quantity", label: "Quantity" },
  { key: "net_amount", label: "Net sales", money: true },
  { key: "cost_amount", label: "Cost", money: true },
  { key: "profit", label: "Gross profit", money: true },
]

/** The tables of a report as the screen shows them, for export. */
export function reportTables(kind: string, report: any): Table[] {
  const cur = String(report.currency ?? "").toUpperCase()
  if (kind === "sales") {
    const tables: Table[] = [
      {
        title: `Sales ${cur} ${report.from} – ${report.to} by ${report.period}`,
        columns: [{ key: "period", label: "Period" }, ...SALES_COLUMNS],
        rows: [...report.series, { ...report.total, period: "Total" }],
      },
    ]
    if (report.breakdown)
      tables.push({
        title: `Sales ${cur} by ${report.by ?? "dimension"}`,
        columns: [{ key: "key", label: "Id" }, { key: "label", label: "Name" }, ...SALES_COLUMNS],
        rows: report.breakdown,
      })
    return tables
  }
  if (kind === "products") {
    const tables: Table[] = [
      { title: `Best sellers ${cur} ${report.from} – ${report.to}`, columns: PRODUCT_COLUMNS, rows: report.best },
      { title: `Slow sellers ${cur} ${report.from} – ${report.to}`, columns: PRODUCT_COLUMNS, rows: report.slow },
    ]
    if (report.trend)
      tables.push({
        title: "30-day trend",
        columns: [
          { key: "day", label: "Day" },
          { key: "orders", label: "Orders" },
          { key: "quantity", label: "Quantity" },
          { key: "net_amount", label: "Net sales", money: true },
          { key: "cost_amount", label: "Cost", money: true },
        ],
        rows: report.trend,
      })
    return tables
  }
  if (kind === "payments-by-region")
    return [
      {
        title: `Payment rate by region ${cur}, invoices issued ${report.from} – ${report.to}`,
        columns: [
          { key: "region", label: "Region" },
          { key: "invoices", label: "Invoices" },
          { key: "invoiced", label: "Invoiced", money: true },
          { key: "paid", label: "Paid", money: true },
          { key: "paid_on_time", label: "Paid on time", money: true },
          { key: "paid_rate", label: "Paid %" },
          { key: "on_time_rate", label: "On time %" },
        ],
        rows: [...report.regions, { ...report.total, region: "Total" }],
      },
    ]
  return [
    {
      title: `Receivables by rep ${cur}`,
      columns: [
        { key: "rep_id", label: "Rep id" },
        { key: "rep_name", label: "Rep" },
        { key: "customers", label: "Customers" },
        { key: "invoices", label: "Open invoices" },
        { key: "open_balance", label: "Open balance", money: true },
        { key: "overdue_invoices", label: "Overdue invoices" },
        { key: "overdue_balance", label: "Overdue balance", money: true },
      ],
      rows: [...report.reps, { ...report.total, rep_id: "Total" }],
    },
  ]
}

/** CSV: each table under its title, a blank line between tables. */
export function tablesCsv(tables: Table[]) {
  return tables
    .map((t) =>
      stringify([[t.title], t.columns.map((c) => c.label), ...t.rows.map((r) => t.columns.map((c) => r[c.key] ?? ""))]),
    )
    .join("\n")
}

/** XLSX: a sheet per table; money and counts as numbers (two decimals shown), names as text. */
export async function tablesXlsx(tables: Table[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  for (const [i, t] of tables.entries()) {
    const sheet = book.addWorksheet(`${i + 1} ${t.title.replace(/[[\]*?/\\:]/g, " ")}`.slice(0, 31))
    sheet.addRow([t.title]).font = { bold: true }
    sheet.addRow(t.columns.map((c) => c.label)).font = { bold: true }
    for (const r of t.rows)
      sheet.addRow(
        t.columns.map((c) => {
          const v = r[c.key]
          if (v === null || v === undefined) return null
          return typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) && c.key !== "key")
            ? Number(v)
            : v
        }),
      )
    t.columns.forEach((c, n) => {
      const col = sheet.getColumn(n + 1)
      col.width = Math.max(12, c.label.length + 2)
      if (c.money) col.numFmt = "#,##0.00"
    })
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
