import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { type Column, DataTable } from "../../../components/ui/data-table"
import type { ReportKind } from "../../../hooks/reports"
import { money, pct } from "../../../lib/format"

const COLORS = { net: "#3b82f6", profit: "#10b981", cost: "#f59e0b", overdue: "#ef4444", line: "#8b5cf6" }
const num = (x: unknown) => (x == null || x === "" ? 0 : Number(x))
const compact = (x: number) => x.toLocaleString("en", { notation: "compact", maximumFractionDigits: 1 })

/** A chart that fills its box's width (it resizes with the window; 260 px high). */
function ChartBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2" data-testid="report-chart">
      <Text size="small" weight="plus">
        {title}
      </Text>
      <div className="h-[260px] w-full">
        <ResponsiveContainer width="100%" height="100%">
          {children as any}
        </ResponsiveContainer>
      </div>
    </div>
  )
}

function Section({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Container className="flex flex-col gap-y-4 overflow-x-auto p-4 md:p-6">
      <Heading level="h2">{title}</Heading>
      {children}
    </Container>
  )
}

/** The sales figures' columns (a period, a dimension value or a product in front). */
function salesColumns(t: (k: string) => string, currency: string, first: Column<any>): Column<any>[] {
  const cur = currency
  return [
    first,
    { key: "orders", header: t("ordo.reports.columns.orders"), align: "right", cell: (r) => r.orders ?? 0 },
    { key: "net", header: t("ordo.reports.columns.net"), align: "right", cell: (r) => money(r.net_amount, cur) },
    { key: "cost", header: t("ordo.reports.columns.cost"), align: "right", cell: (r) => money(r.cost_amount, cur) },
    { key: "profit", header: t("ordo.reports.columns.profit"), align: "right", cell: (r) => money(r.profit, cur) },
    { key: "margin", header: t("ordo.reports.columns.margin"), align: "right", cell: (r) => pct(r.margin) },
    {
      key: "average",
      header: t("ordo.reports.columns.average"),
      align: "right",
      cell: (r) => money(r.average_order, cur),
    },
  ]
}

function SalesView({ report }: { report: any }) {
  const { t } = useTranslation()
  const cur = report.currency
  const data = report.series.map((s: any) => ({
    period: s.period,
    net: num(s.net_amount),
    profit: num(s.profit),
    margin: num(s.margin),
  }))
  const total = { ...report.total, period: t("ordo.reports.total") }
  return (
    <>
      <Section title={t("ordo.reports.kinds.sales")}>
        <ChartBox title={t("ordo.reports.charts.sales", { currency: cur.toUpperCase() })}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis yAxisId="money" tick={{ fontSize: 11 }} tickFormatter={compact} width={48} />
            <YAxis yAxisId="pct" orientation="right" tick={{ fontSize: 11 }} unit="%" width={40} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar yAxisId="money" dataKey="net" name={t("ordo.reports.columns.net")} fill={COLORS.net} />
            <Bar yAxisId="money" dataKey="profit" name={t("ordo.reports.columns.profit")} fill={COLORS.profit} />
            <Line
              yAxisId="pct"
              dataKey="margin"
              name={t("ordo.reports.columns.margin")}
              stroke={COLORS.line}
              dot={false}
            />
          </ComposedChart>
        </ChartBox>
        <DataTable
          minWidth={720}
          columns={salesColumns(t, cur, {
            key: "period",
            header: t("ordo.reports.columns.period"),
            cell: (r) => (r === total ? <b>{r.period}</b> : r.period),
          })}
          rows={[...report.series, total]}
          rowKey={(r) => r.period ?? "total"}
        />
      </Section>
      {report.breakdown ? (
        <Section title={t(`ordo.reports.by.${report.by}`)}>
          <ChartBox title={t("ordo.reports.charts.breakdown", { currency: cur.toUpperCase() })}>
            <BarChart
              data={report.breakdown.slice(0, 12).map((b: any) => ({
                name: b.label || t("ordo.reports.unknown"),
                net: num(b.net_amount),
                profit: num(b.profit),
              }))}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={48} />
              <YAxis tick={{ fontSize: 11 }} tickFormatter={compact} width={48} />
              <Tooltip />
              <Bar dataKey="net" name={t("ordo.reports.columns.net")} fill={COLORS.net} />
              <Bar dataKey="profit" name={t("ordo.reports.columns.profit")} fill={COLORS.profit} />
            </BarChart>
          </ChartBox>
          <DataTable
            minWidth={760}
            columns={salesColumns(t, cur, {
              key: "name",
              header: t(`ordo.reports.dimensions.${report.by}`),
              cell: (r) => r.label || t("ordo.reports.unknown"),
            })}
            rows={report.breakdown}
            rowKey={(r) => r.key}
          />
        </Section>
      ) : null}
    </>
  )
}

function ProductsView({
  report,
  product,
  onProduct,
}: {
  report: any
  product?: string
  onProduct: (id: string) => void
}) {
  const { t } = useTranslation()
  const cur = report.currency
  const columns: Column<any>[] = [
    {
      key: "product",
      header: t("ordo.reports.columns.product"),
      cell: (r) => (
        <button
          type="button"
          className={r.product_id === product ? "font-medium text-ui-fg-base" : "text-ui-fg-interactive"}
          onClick={() => onProduct(r.product_id)}
        >
          {r.title ?? r.product_id}
        </button>
      ),
    },
    { key: "category", header: t("ordo.reports.columns.category"), cell: (r) => r.category ?? "—" },
    { key: "quantity", header: t("ordo.reports.columns.quantity"), align: "right", cell: (r) => r.quantity },
    { key: "net", header: t("ordo.reports.columns.net"), align: "right", cell: (r) => money(r.net_amount, cur) },
    { key: "profit", header: t("ordo.reports.columns.profit"), align: "right", cell: (r) => money(r.profit, cur) },
  ]
  const chosen = [...report.best, ...report.slow].find((p: any) => p.product_id === product)
  return (
    <>
      <Section title={t("ordo.reports.best")}>
        <ChartBox title={t("ordo.reports.charts.best", { currency: cur.toUpperCase() })}>
          <BarChart
            layout="vertical"
            data={report.best.map((p: any) => ({ name: p.title ?? p.product_id, net: num(p.net_amount) }))}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} tickFormatter={compact} />
            <YAxis type="category" dataKey="name" tick={{ fontSize: 11 }} width={110} />
            <Tooltip />
            <Bar dataKey="net" name={t("ordo.reports.columns.net")} fill={COLORS.net} />
          </BarChart>
        </ChartBox>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.reports.pickProduct")}
        </Text>
        <DataTable minWidth={620} columns={columns} rows={report.best} rowKey={(r) => r.product_id} />
      </Section>
      {report.trend ? (
        <Section title={t("ordo.reports.trend", { product: chosen?.title ?? product })}>
          <ChartBox title={t("ordo.reports.charts.trend")}>
            <LineChart
              data={report.trend.map((d: any) => ({ day: d.day.slice(5), quantity: num(d.quantity) }))}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={16} />
              <YAxis tick={{ fontSize: 11 }} width={40} allowDecimals={false} />
              <Tooltip />
              <Line dataKey="quantity" name={t("ordo.reports.columns.quantity")} stroke={COLORS.line} dot={false} />
            </LineChart>
          </ChartBox>
        </Section>
      ) : null}
      <Section title={t("ordo.reports.slow")}>
        <DataTable minWidth={620} columns={columns} rows={report.slow} rowKey={(r) => r.product_id} />
      </Section>
    </>
  )
}

function PaymentsView({ report }: { report: any }) {
  const { t } = useTranslation()
  const cur = report.currency
  const total = { ...report.total, region: t("ordo.reports.total") }
  return (
    <Section title={t("ordo.reports.kinds.payments-by-region")}>
      <ChartBox title={t("ordo.reports.charts.payments")}>
        <BarChart
          data={report.regions.map((r: any) => ({
            name: r.region || t("ordo.reports.unknown"),
            paid: num(r.paid_rate),
            onTime: num(r.on_time_rate),
          }))}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={48} />
          <YAxis tick={{ fontSize: 11 }} unit="%" domain={[0, 100]} width={44} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="paid" name={t("ordo.reports.columns.paidRate")} fill={COLORS.net} />
          <Bar dataKey="onTime" name={t("ordo.reports.columns.onTimeRate")} fill={COLORS.profit} />
        </BarChart>
      </ChartBox>
      <DataTable
        minWidth={720}
        columns={[
          { key: "region", header: t("ordo.reports.dimensions.region"), cell: (r) => r.region || "—" },
          { key: "invoices", header: t("ordo.reports.columns.invoices"), align: "right", cell: (r) => r.invoices ?? 0 },
          {
            key: "invoiced",
            header: t("ordo.reports.columns.invoiced"),
            align: "right",
            cell: (r) => money(r.invoiced ?? 0, cur),
          },
          { key: "paid", header: t("ordo.reports.columns.paid"), align: "right", cell: (r) => money(r.paid ?? 0, cur) },
          {
            key: "paidRate",
            header: t("ordo.reports.columns.paidRate"),
            align: "right",
            cell: (r) => pct(r.paid_rate),
          },
          {
            key: "onTime",
            header: t("ordo.reports.columns.onTimeRate"),
            align: "right",
            cell: (r) => pct(r.on_time_rate),
          },
        ]}
        rows={[...report.regions, total]}
        rowKey={(r) => r.region ?? "total"}
      />
    </Section>
  )
}

function ReceivablesView({ report }: { report: any }) {
  const { t } = useTranslation()
  const cur = report.currency
  const name = (r: any) => r.rep_name ?? r.rep_email ?? (r.rep_id ? r.rep_id : t("ordo.reports.noRep"))
  const total = { ...report.total, rep_id: null, total: true }
  return (
    <Section title={t("ordo.reports.kinds.receivables-by-rep")}>
      <ChartBox title={t("ordo.reports.charts.receivables", { currency: cur.toUpperCase() })}>
        <BarChart
          data={report.reps.map((r: any) => ({
            name: name(r),
            current: num(r.open_balance) - num(r.overdue_balance),
            overdue: num(r.overdue_balance),
          }))}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={48} />
          <YAxis tick={{ fontSize: 11 }} tickFormatter={compact} width={48} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="current" stackId="a" name={t("ordo.reports.columns.notDue")} fill={COLORS.net} />
          <Bar dataKey="overdue" stackId="a" name={t("ordo.reports.columns.overdue")} fill={COLORS.overdue} />
        </BarChart>
      </ChartBox>
      <DataTable
        minWidth={680}
        columns={[
          {
            key: "rep",
            header: t("ordo.reports.dimensions.rep"),
            cell: (r) => (r.total ? <b>{t("ordo.reports.total")}</b> : name(r)),
          },
          {
            key: "customers",
            header: t("ordo.reports.columns.customers"),
            align: "right",
            cell: (r) => r.customers ?? 0,
          },
          { key: "invoices", header: t("ordo.reports.columns.invoices"), align: "right", cell: (r) => r.invoices ?? 0 },
          {
            key: "open",
            header: t("ordo.reports.columns.open"),
            align: "right",
            cell: (r) => money(r.open_balance ?? 0, cur),
          },
          {
            key: "overdue",
            header: t("ordo.reports.columns.overdue"),
            align: "right",
            cell: (r) => money(r.overdue_balance ?? 0, cur),
          },
        ]}
        rows={[...report.reps, total]}
        rowKey={(r) => (r.total ? "total" : r.rep_id)}
      />
    </Section>
  )
}

/** The chart and table of the report on screen. */
export function ReportView({
  kind,
  report,
  product,
  onProduct,
}: {
  kind: ReportKind
  report: any
  product?: string
  onProduct: (id: string) => void
}) {
  if (kind === "sales" && report.series) return <SalesView report={report} />
  if (kind === "products" && report.best)
    return <ProductsView report={report} product={product} onProduct={onProduct} />
  if (kind === "payments-by-region" && report.regions) return <PaymentsView report={report} />
  if (kind === "receivables-by-rep" && report.reps) return <ReceivablesView report={report} />
  return null
}
