import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { DashboardAlert } from "../../hooks/dashboard"

/** A figure that clicks through to the list behind it. */
export const FigureCard = (p: { label: ReactNode; value: ReactNode; sub?: ReactNode; to: string; testId: string }) => (
  <Link
    to={p.to}
    data-testid={p.testId}
    className="flex min-w-0 flex-col gap-y-1 rounded-lg border bg-ui-bg-base px-4 py-3 shadow-elevation-card-rest transition-colors hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus"
  >
    <Text size="small" className="text-ui-fg-subtle">
      {p.label}
    </Text>
    <Text size="xlarge" weight="plus" className="truncate" data-testid={`${p.testId}-value`}>
      {p.value}
    </Text>
    {p.sub ? (
      <Text size="xsmall" className="text-ui-fg-muted">
        {p.sub}
      </Text>
    ) : null}
  </Link>
)

/** "+12.5 %" in green, "−30.0 %" in red, "—" when there is nothing to compare with. */
export const Change = ({ value, testId }: { value: string | null; testId?: string }) => {
  if (value === null) return <span data-testid={testId}>—</span>
  const n = Number(value)
  return (
    <span
      data-testid={testId}
      className={n > 0 ? "text-ui-tag-green-text" : n < 0 ? "text-ui-tag-red-text" : undefined}
    >
      {n > 0 ? "+" : ""}
      {value} %
    </span>
  )
}

/** One alert in words, with its figures. */
export const useAlertText = () => {
  const { t } = useTranslation()
  return (a: DashboardAlert) =>
    a.kind === "product_order_drop"
      ? t("ordo.dashboard.alerts.productDrop", {
          name: a.subject_label,
          drop: a.details.drop_percent,
          previous: a.details.previous_orders,
          current: a.details.current_orders,
          days: a.details.period_days,
        })
      : a.kind === "customer_cadence_drop"
        ? t("ordo.dashboard.alerts.cadence", {
            name: a.subject_label,
            usual: a.details.usual_gap_days,
            since: a.details.days_since,
          })
        : t("ordo.dashboard.alerts.hold", { name: a.subject_label })
}
