import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FormField, TextField } from "../../components/ui/form-field"
import { NativeSelect } from "../../components/ui/native-select"
import { type ReportFilters, type ReportKind, reportPath, useReport, useReportOptions } from "../../hooks/reports"
import { sdk } from "../../lib/sdk"
import { ReportView } from "./components/report-views"

const KINDS: ReportKind[] = ["sales", "products", "payments-by-region", "receivables-by-rep"]
const PERIODS = ["day", "week", "month"] as const
const DIMENSIONS = ["category", "region", "channel", "rep"] as const

/** Which filters each report takes. */
const USES: Record<ReportKind, (keyof ReportFilters)[]> = {
  sales: ["period", "from", "to", "category", "region", "channel", "rep", "by"],
  products: ["from", "to", "category", "rep"],
  "payments-by-region": ["from", "to", "region", "rep"],
  "receivables-by-rep": ["rep"],
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10)
const daysAgo = (n: number) => isoDay(new Date(Date.now() - n * 86_400_000))

/** A file download of the report on screen (same filters), with the dashboard's session. */
function exportHref(kind: ReportKind, filters: ReportFilters, format: "csv" | "xlsx") {
  const base = (sdk.client as any).config?.baseUrl ?? "/"
  return new URL(reportPath(kind, filters, format).replace(/^\//, ""), new URL(base, window.location.origin)).toString()
}

/** Reports: sales, products, payment rate by region and receivables by rep, each with a chart, a table and exports. */
const ReportsPage = () => {
  const { t } = useTranslation()
  const options = useReportOptions()
  const [kind, setKind] = useState<ReportKind>("sales")
  const [filters, setFilters] = useState<ReportFilters>({
    currency: "cny",
    period: "day",
    from: daysAgo(29),
    to: isoDay(new Date()),
  })
  const set = (key: keyof ReportFilters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }))
  const shown: ReportFilters = Object.fromEntries(
    Object.entries(filters).filter(([k]) => k === "currency" || USES[kind].includes(k as keyof ReportFilters)),
  ) as ReportFilters
  if (kind === "products" && filters.product) shown.product = filters.product
  const report = useReport(kind, shown)
  const uses = (k: keyof ReportFilters) => USES[kind].includes(k)
  const o = options.data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 p-4 md:p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Heading level="h1">{t("ordo.reports.title")}</Heading>
          <div className="flex gap-2">
            <Button size="small" variant="secondary" asChild>
              <a href={exportHref(kind, shown, "csv")} data-testid="reports-export-csv" download>
                {t("ordo.reports.exportCsv")}
              </a>
            </Button>
            <Button size="small" variant="secondary" asChild>
              <a href={exportHref(kind, shown, "xlsx")} data-testid="reports-export-xlsx" download>
                {t("ordo.reports.exportXlsx")}
              </a>
            </Button>
          </div>
        </div>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-6">
          <FormField id="report-kind" label={t("ordo.reports.filters.report")}>
            <NativeSelect
              id="report-kind"
              value={kind}
              onChange={(v) => setKind(v as ReportKind)}
              options={KINDS.map((k) => [k, t(`ordo.reports.kinds.${k}`)] as const)}
            />
          </FormField>
          <FormField id="report-currency" label={t("ordo.reports.filters.currency")}>
            <NativeSelect
              id="report-currency"
              value={filters.currency}
              onChange={set("currency")}
              options={(o?.currencies.length ? o.currencies : ["cny"]).map((c) => [c, c.toUpperCase()] as const)}
            />
          </FormField>
          {uses("period") ? (
            <FormField id="report-period" label={t("ordo.reports.filters.period")}>
              <NativeSelect
                id="report-period"
                value={filters.period}
                onChange={set("period")}
                options={PERIODS.map((p) => [p, t(`ordo.reports.periods.${p}`)] as const)}
              />
            </FormField>
          ) : null}
          {uses("from") ? (
            <TextField
              id="report-from"
              type="date"
              label={t("ordo.reports.filters.from")}
              value={filters.from ?? ""}
              onChange={(e) => set("from")(e.target.value)}
            />
          ) : null}
          {uses("to") ? (
            <TextField
              id="report-to"
              type="date"
              label={t("ordo.reports.filters.to")}
              value={filters.to ?? ""}
              onChange={(e) => set("to")(e.target.value)}
            />
          ) : null}
          {uses("category") ? (
            <FormField id="report-category" label={t("ordo.reports.filters.category")}>
              <NativeSelect
                id="report-category"
                value={filters.category ?? ""}
                onChange={set("category")}
                empty={t("ordo.reports.filters.all")}
                options={o?.categories ?? []}
              />
            </FormField>
          ) : null}
          {uses("region") ? (
            <TextField
              id="report-region"
              label={t("ordo.reports.filters.region")}
              placeholder={t("ordo.reports.filters.regionHint")}
              value={filters.region ?? ""}
              onChange={(e) => set("region")(e.target.value)}
            />
          ) : null}
          {uses("channel") ? (
            <FormField id="report-channel" label={t("ordo.reports.filters.channel")}>
              <NativeSelect
                id="report-channel"
                value={filters.channel ?? ""}
                onChange={set("channel")}
                empty={t("ordo.reports.filters.all")}
                options={o?.channels ?? []}
              />
            </FormField>
          ) : null}
          {uses("rep") ? (
            <FormField id="report-rep" label={t("ordo.reports.filters.rep")}>
              <NativeSelect
                id="report-rep"
                value={filters.rep ?? ""}
                onChange={set("rep")}
                empty={t("ordo.reports.filters.all")}
                options={o?.reps ?? []}
              />
            </FormField>
          ) : null}
          {uses("by") ? (
            <FormField id="report-by" label={t("ordo.reports.filters.by")}>
              <NativeSelect
                id="report-by"
                value={filters.by ?? ""}
                onChange={set("by")}
                empty={t("ordo.reports.filters.none")}
                options={DIMENSIONS.map((d) => [d, t(`ordo.reports.dimensions.${d}`)] as const)}
              />
            </FormField>
          ) : null}
        </div>
        {report.data?.scoped_to_rep ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.reports.scoped")}
          </Text>
        ) : null}
        {report.error ? (
          <Text className="text-ui-fg-error" data-testid="reports-error">
            {report.error.message}
          </Text>
        ) : null}
      </Container>
      {report.data ? (
        <ReportView
          kind={kind}
          report={report.data}
          product={filters.product}
          onProduct={(id) => setFilters((f) => ({ ...f, product: id }))}
        />
      ) : (
        <Container>
          <Text>{t("ordo.reports.loading")}</Text>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ordo.reports.title",
  translationNs: "translation",
  icon: ChartBar,
})

export default ReportsPage
