import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { Change, FigureCard } from "../components/dashboard/figures"
import { useDashboard } from "../hooks/dashboard"
import { money } from "../lib/format"

/** On Medusa's admin home (the orders list): the key figures, each clicking through, and the way to the dashboard. */
const DashboardSummaryWidget = () => {
  const { t } = useTranslation()
  const { data } = useDashboard("")
  if (!data) return null
  const m = (x: string | null | undefined) => money(x, data.currency)
  return (
    <Container className="flex flex-col gap-y-3 px-4 py-4 sm:px-6" data-testid="dashboard-widget">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h2">{t("ordo.dashboard.title")}</Heading>
        <Link to="/dashboard" className="text-sm text-ui-fg-interactive" data-testid="dashboard-widget-open">
          {t("ordo.dashboard.open")}
        </Link>
      </div>
      <div className="grid grid-cols-2 gap-2 lg:grid-cols-5">
        {data.waiting_approval ? (
          <FigureCard
            testId="widget-waiting-approval"
            to={data.waiting_approval.link}
            label={t("ordo.dashboard.waiting.approval")}
            value={data.waiting_approval.count}
          />
        ) : null}
        {data.waiting_payment ? (
          <FigureCard
            testId="widget-waiting-payment"
            to={data.waiting_payment.link}
            label={t("ordo.dashboard.waiting.payment")}
            value={data.waiting_payment.count}
          />
        ) : null}
        <FigureCard
          testId="widget-waiting-shipment"
          to={data.waiting_shipment.link}
          label={t("ordo.dashboard.waiting.shipment")}
          value={data.waiting_shipment.count}
        />
        {data.overdue_now ? (
          <FigureCard
            testId="widget-overdue"
            to={data.overdue_now.link}
            label={t("ordo.dashboard.money.overdue")}
            value={m(data.overdue_now.amount)}
          />
        ) : (
          <FigureCard
            testId="widget-low-stock"
            to={data.low_stock.link}
            label={t("ordo.dashboard.lowStock")}
            value={data.low_stock.count}
          />
        )}
        {data.sales ? (
          <FigureCard
            testId="widget-sales"
            to={data.sales.current.link}
            label={t("ordo.dashboard.sales.net")}
            value={m(data.sales.current.net_amount)}
            sub={
              <>
                {t("ordo.dashboard.sales.vsLastMonth")} <Change value={data.sales.vs_previous.net_amount} />
              </>
            }
          />
        ) : null}
      </div>
      {data.alerts.length ? (
        <Link to="/dashboard" className="text-sm text-ui-fg-interactive" data-testid="dashboard-widget-alerts">
          <Text size="small" className="text-ui-tag-orange-text">
            {t("ordo.dashboard.alerts.count", { count: data.alerts.length })}
          </Text>
        </Link>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default DashboardSummaryWidget
