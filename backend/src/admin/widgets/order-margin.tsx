import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useOrderMargin } from "../hooks/orders"
import { money, nameOf } from "../lib/format"

/** On Medusa's order page: where the order came from, who entered it, and what it earns (FIFO cost). */
const OrderMarginWidget = ({ data }: { data: { id: string } }) => {
  const { data: m, error } = useOrderMargin(data.id)
  if (!m)
    return error ? (
      <Container className="px-6 py-4">
        <Heading level="h2">Margin</Heading>
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
        <Heading level="h2">Margin</Heading>
        {m.complete ? null : (
          <Badge size="2xsmall" color="orange">
            partly estimated
          </Badge>
        )}
      </div>
      {row("Channel", nameOf(m.channel), "order-margin-channel")}
      {row("Entered by", m.entered_by ? nameOf(m.entered_by) : "—", "order-margin-entered-by")}
      {row("Net revenue", money(m.net_revenue, cur))}
      {row("Cost of goods", money(m.cost_of_goods, cur))}
      {row("· shipped (FIFO)", money(m.cost_shipped, cur))}
      {row("· estimated", money(m.cost_estimated, cur))}
      <div className="flex justify-between gap-x-2 border-t pt-1">
        <Text size="small" weight="plus">
          Margin
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
