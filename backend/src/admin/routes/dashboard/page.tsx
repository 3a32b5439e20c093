import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { Change, FigureCard, useAlertText } from "../../components/dashboard/figures"
import { TextField } from "../../components/ui/form-field"
import { NativeSelect } from "../../components/ui/native-select"
import {
  type AlertRules,
  type Dashboard,
  useAlertRules,
  useDashboard,
  useDismissAlert,
  useRunAlerts,
  useSaveAlertRules,
} from "../../hooks/dashboard"
import { money, pct } from "../../lib/format"

const Section = ({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) => (
  <Container className="flex flex-col gap-y-3 px-4 py-4 sm:px-6" data-testid={testId}>
    <Heading level="h2">{title}</Heading>
    {children}
  </Container>
)

const GRID = "grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4"

/** The admin home: what waits, what came in, how sales go, and what needs a look. */
const DashboardPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const currency = params.get("currency") ?? ""
  const { data, error, isLoading } = useDashboard(currency)
  const cur = data?.currency ?? currency
  const m = (x: string | null | undefined) => money(x, cur)

  return (
    <div className="flex flex-col gap-y-3" data-testid="dashboard">
      <Container className="flex flex-wrap items-end justify-between gap-3 px-4 py-4 sm:px-6">
        <div>
          <Heading level="h1">{t("ordo.dashboard.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data
              ? data.scope.rep_id && data.scope.sales
                ? t("ordo.dashboard.subtitleOwn", { day: data.today })
                : t("ordo.dashboard.subtitle", { day: data.today })
              : t("ordo.dashboard.loading")}
          </Text>
        </div>
        {data && data.currencies.length > 1 ? (
          <div className="flex flex-col">
            <label htmlFor="dashboard-currency" className="txt-compact-xsmall-plus text-ui-fg-subtle">
              {t("ordo.dashboard.currency")}
            </label>
            <NativeSelect
              id="dashboard-currency"
              value={cur}
              onChange={(v) => setParams(v ? { currency: v } : {}, { replace: true })}
              options={data.currencies.map((c) => [c, c.toUpperCase()] as const)}
            />
          </div>
        ) : null}
      </Container>
      {error ? (
        <Container className="px-6 py-3">
          <Text className="text-ui-fg-error">{error.message}</Text>
        </Container>
      ) : null}
      {isLoading || !data ? null : (
        <>
          <Section title={t("ordo.dashboard.waiting.title")} testId="dashboard-waiting">
            <div className={GRID}>
              {data.waiting_approval ? (
                <FigureCard
                  testId="fig-waiting-approval"
                  to={data.waiting_approval.link}
                  label={t("ordo.dashboard.waiting.approval")}
                  value={data.waiting_approval.count}
                  sub={m(data.waiting_approval.amount)}
                />
              ) : null}
              {data.waiting_payment ? (
                <FigureCard
                  testId="fig-waiting-payment"
                  to={data.waiting_payment.link}
                  label={t("ordo.dashboard.waiting.payment")}
                  value={data.waiting_payment.count}
                  sub={m(data.waiting_payment.amount)}
                />
              ) : null}
              <FigureCard
                testId="fig-waiting-shipment"
                to={data.waiting_shipment.link}
                label={t("ordo.dashboard.waiting.shipment")}
                value={data.waiting_shipment.count}
                sub={data.waiting_shipment.amount === null ? undefined : m(data.waiting_shipment.amount)}
              />
              <FigureCard
                testId="fig-low-stock"
                to={data.low_stock.link}
                label={t("ordo.dashboard.lowStock")}
                value={data.low_stock.count}
                sub={t("ordo.dashboard.lowStockHint")}
              />
            </div>
          </Section>
          {data.sales ? <SalesSections data={data} /> : null}
          {data.scope.sales ? <AlertsSection data={data} /> : null}
        </>
      )}
    </div>
  )
}

const SalesSections = ({ data }: { data: Dashboard }) => {
  const { t } = useTranslation()
  const m = (x: string | null | undefined) => money(x, data.currency)
  const s = data.sales!
  const months = [
    ["current", t("ordo.dashboard.sales.thisMonth"), s.current],
    ["previous", t("ordo.dashboard.sales.lastMonth"), s.previous],
    ["last-year", t("ordo.dashboard.sales.lastYear"), s.last_year],
  ] as const
  return (
    <>
      <Section title={t("ordo.dashboard.money.title")}>
        <div className={GRID}>
          <FigureCard
            testId="fig-received"
            to={data.received_this_month!.link}
            label={t("ordo.dashboard.money.received")}
            value={m(data.received_this_month!.amount)}
            sub={t("ordo.dashboard.money.payments", { count: data.received_this_month!.count })}
          />
          <FigureCard
            testId="fig-overdue"
            to={data.overdue_now!.link}
            label={t("ordo.dashboard.money.overdue")}
            value={m(data.overdue_now!.amount)}
            sub={t("ordo.dashboard.money.invoices", { count: data.overdue_now!.count })}
          />
          <FigureCard
            testId="fig-quotes"
            to={data.quotes!.link}
            label={t("ordo.dashboard.quotes.open")}
            value={data.quotes!.open}
            sub={t("ordo.dashboard.quotes.winRate", {
              rate: pct(data.quotes!.win_rate),
              won: data.quotes!.won,
              decided: data.quotes!.won + data.quotes!.lost,
            })}
          />
        </div>
      </Section>
      <Section title={t("ordo.dashboard.sales.title")} testId="dashboard-sales">
        <div className={GRID}>
          <FigureCard
            testId="fig-sales"
            to={s.current.link}
            label={t("ordo.dashboard.sales.net")}
            value={m(s.current.net_amount)}
            sub={
              <>
                {t("ordo.dashboard.sales.vsLastMonth")}{" "}
                <Change value={s.vs_previous.net_amount} testId="fig-sales-vs-previous" />
                {" · "}
                {t("ordo.dashboard.sales.vsLastYear")}{" "}
                <Change value={s.vs_last_year.net_amount} testId="fig-sales-vs-year" />
              </>
            }
          />
          <FigureCard
            testId="fig-cost"
            to={s.current.link}
            label={t("ordo.dashboard.sales.cost")}
            value={m(s.current.cost_amount)}
            sub={t("ordo.dashboard.sales.orders", { count: s.current.orders })}
          />
          <FigureCard
            testId="fig-profit"
            to={s.current.link}
            label={t("ordo.dashboard.sales.profit")}
            value={m(s.current.profit)}
            sub={
              <>
                {t("ordo.dashboard.sales.margin", { margin: pct(s.current.margin) })} ·{" "}
                {t("ordo.dashboard.sales.vsLastMonth")} <Change value={s.vs_previous.profit} />
              </>
            }
          />
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="dashboard-months">
            <thead>
              <tr className="text-left text-ui-fg-subtle">
                <th className="py-1 pr-3 font-normal">{t("ordo.dashboard.sales.month")}</th>
                <th className="py-1 pr-3 text-right font-normal">{t("ordo.dashboard.sales.net")}</th>
                <th className="py-1 pr-3 text-right font-normal">{t("ordo.dashboard.sales.cost")}</th>
                <th className="py-1 pr-3 text-right font-normal">{t("ordo.dashboard.sales.profit")}</th>
                <th className="py-1 text-right font-normal">{t("ordo.dashboard.sales.ordersCol")}</th>
              </tr>
            </thead>
            <tbody>
              {months.map(([key, label, row]) => (
                <tr key={key} className="border-t" data-testid={`month-${key}`}>
                  <td className="py-1 pr-3 whitespace-nowrap">
                    <Link to={row.link} className="text-ui-fg-interactive">
                      {label} ({row.month.slice(0, 7)})
                    </Link>
                  </td>
                  <td className="py-1 pr-3 text-right whitespace-nowrap">{m(row.net_amount)}</td>
                  <td className="py-1 pr-3 text-right whitespace-nowrap">{m(row.cost_amount)}</td>
                  <td className="py-1 pr-3 text-right whitespace-nowrap">{m(row.profit)}</td>
                  <td className="py-1 text-right">{row.orders}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <Section title={t("ordo.dashboard.top.customers")} testId="top-customers">
          <TopList
            rows={(data.top_customers ?? []).map((c) => ({
              key: c.company_id,
              label: c.name,
              to: c.link,
              value: m(c.net_amount),
              sub: t("ordo.dashboard.sales.orders", { count: c.orders }),
            }))}
          />
        </Section>
        <Section title={t("ordo.dashboard.top.products")} testId="top-products">
          <TopList
            rows={(data.top_products ?? []).map((p) => ({
              key: p.product_id,
              label: p.title,
              to: p.link,
              value: m(p.net_amount),
              sub: t("ordo.dashboard.top.units", { count: p.quantity }),
            }))}
          />
        </Section>
      </div>
    </>
  )
}

const TopList = ({ rows }: { rows: { key: string; label: string; to: string; value: string; sub: string }[] }) => {
  const { t } = useTranslation()
  if (!rows.length)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("ordo.dashboard.top.none")}
      </Text>
    )
  return (
    <ol className="flex flex-col divide-y">
      {rows.map((r, i) => (
        <li key={r.key} className="flex items-center justify-between gap-x-3 py-2">
          <Link to={r.to} className="min-w-0 truncate text-ui-fg-interactive text-sm">
            {i + 1}. {r.label}
          </Link>
          <div className="shrink-0 text-right">
            <Text size="small">{r.value}</Text>
            <Text size="xsmall" className="text-ui-fg-muted">
              {r.sub}
            </Text>
          </div>
        </li>
      ))}
    </ol>
  )
}

const AlertsSection = ({ data }: { data: Dashboard }) => {
  const { t } = useTranslation()
  const text = useAlertText()
  const dismiss = useDismissAlert()
  return (
    <Section title={t("ordo.dashboard.alerts.title")} testId="dashboard-alerts">
      {data.alerts.length ? (
        <ul className="flex flex-col divide-y">
          {data.alerts.map((a) => (
            <li
              key={a.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
              data-testid="dashboard-alert"
            >
              <div className="flex min-w-0 flex-col gap-y-1">
                <div className="flex items-center gap-x-2">
                  <Badge size="2xsmall" color={a.kind === "company_on_hold" ? "red" : "orange"}>
                    {t(`ordo.dashboard.alerts.kind.${a.kind}`)}
                  </Badge>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {String(a.created_at).slice(0, 10)}
                  </Text>
                </div>
                <Link to={a.link} className="text-sm text-ui-fg-interactive">
                  {text(a)}
                </Link>
              </div>
              <Button
                size="small"
                variant="secondary"
                isLoading={dismiss.isPending && dismiss.variables === a.id}
                onClick={() =>
                  dismiss.mutate(a.id, {
                    onSuccess: () => toast.success(t("ordo.dashboard.alerts.dismissed")),
                    onError: (e) => toast.error(e.message),
                  })
                }
              >
                {t("ordo.dashboard.alerts.dismiss")}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.dashboard.alerts.none")}
        </Text>
      )}
      {data.scope.manage_alerts ? <AlertRulesForm /> : null}
    </Section>
  )
}

/** Managers: the order-drop threshold, the compared period and the minimum orders; and "check now". */
const AlertRulesForm = () => {
  const { t } = useTranslation()
  const rules = useAlertRules(true)
  const save = useSaveAlertRules()
  const run = useRunAlerts()
  const [form, setForm] = useState<Record<keyof AlertRules, string> | null>(null)
  useEffect(() => {
    if (rules.data && !form)
      setForm({
        threshold_percent: String(rules.data.rules.threshold_percent),
        period_days: String(rules.data.rules.period_days),
        min_orders: String(rules.data.rules.min_orders),
      })
  }, [rules.data, form])
  if (!form) return null
  const field = (k: keyof AlertRules, label: string) => (
    <TextField
      id={`alert-${k}`}
      label={label}
      type="number"
      inputMode="numeric"
      min={1}
      value={form[k]}
      onChange={(e) => setForm({ ...form, [k]: e.target.value })}
    />
  )
  return (
    <form
      className="flex flex-col gap-y-3 border-t pt-3"
      data-testid="alert-rules"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate(
          {
            threshold_percent: Number(form.threshold_percent),
            period_days: Number(form.period_days),
            min_orders: Number(form.min_orders),
          },
          {
            onSuccess: () => toast.success(t("ordo.dashboard.rules.saved")),
            onError: (err) => toast.error(err.message),
          },
        )
      }}
    >
      <Text size="small" weight="plus">
        {t("ordo.dashboard.rules.title")}
      </Text>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {field("threshold_percent", t("ordo.dashboard.rules.threshold"))}
        {field("period_days", t("ordo.dashboard.rules.period"))}
        {field("min_orders", t("ordo.dashboard.rules.minOrders"))}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="small" type="submit" isLoading={save.isPending}>
          {t("ordo.dashboard.rules.save")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          type="button"
          isLoading={run.isPending}
          onClick={() =>
            run.mutate(undefined, {
              onSuccess: (r) => toast.success(t("ordo.dashboard.rules.ran", { count: r.raised.length })),
              onError: (err) => toast.error(err.message),
            })
          }
        >
          {t("ordo.dashboard.rules.runNow")}
        </Button>
      </div>
    </form>
  )
}

export const config = defineRouteConfig({
  label: "ordo.dashboard.title",
  translationNs: "translation",
  icon: ChartBar,
  // First among Ordo's pages (the others have no rank, so they follow).
  rank: 0,
})

export default DashboardPage
