import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useOrderMargin } from "../hooks/orders"
import { money, nameOf } from "../lib/format"

/** On Medusa's order page: where the order came from, who entered it, its sales rep, and what it earns (FIFO cost). */
const OrderMarginWidget = ({ data }: { data: { id: string } }) => {
  const { t } = useTranslation()
  const { data: m, error } = useOrderMargin(data.id)
  if (!m)
    return error ? (
      <Container className="px-6 py-4">
        <Heading level="h2">{t("ordo.orders.margin.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {error.message}
        </Text>
      </Container>
    ) : null
  const cur = m.currency_code ?? ""
  const row = (label: string, value: string, testid?: string) => (
    <div className="flex justify-between gap-x-2">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" data-testid={testid}>
        {value}
      </Text>
    </div>
  )
  return (
    <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="order-margin">
      <div className="flex items-center justify-between">
        <Heading level="h2">{t("ordo.orders.margin.title")}</Heading>
        {m.complete ? null : (
          <Badge size="2xsmall" color="orange">
            {t("ordo.orders.margin.partlyEstimated")}
          </Badge>
        )}
      </div>
      {row(t("ordo.orders.margin.channel"), nameOf(m.channel), "order-margin-channel")}
      {row(t("ordo.orders.margin.enteredBy"), m.entered_by ? nameOf(m.entered_by) : "—", "order-margin-entered-by")}
      {row(t("ordo.reps.salesRep"), m.sales_rep?.name ?? "—", "order-margin-sales-rep")}
      {row(t("ordo.orders.margin.netRevenue"), money(m.net_revenue, cur))}
      {row(t("ordo.orders.margin.costOfGoods"), money(m.cost_of_goods, cur))}
      {row(t("ordo.orders.margin.costShipped"), money(m.cost_shipped, cur))}
      {row(t("ordo.orders.margin.costEstimated"), money(m.cost_estimated, cur))}
      <div className="flex justify-between gap-x-2 border-t pt-1">
        <Text size="small" weight="plus">
          {t("ordo.orders.margin.title")}
        </Text>
        <Text
          size="small"
          weight="plus"
          className={Number(m.margin) < 0 ? "text-ui-fg-error" : undefined}
          data-testid="order-margin-value"
        >
          {money(m.margin, cur)}
          {m.margin_percent != null ? ` (${Number(m.margin_percent).toFixed(1)}%)` : ""}
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderMarginWidget
