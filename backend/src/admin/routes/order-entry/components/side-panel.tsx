import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { day, money, nameOf } from "../../../lib/format"

/** Beside the entry: the customer's recent orders, open quotes and last prices paid. */
export function SidePanel({ ctx, currency }: { ctx: any | null; currency: string }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="entry-recent-orders">
        <Heading level="h2">{t("ordo.entry.side.recentOrders")}</Heading>
        {!ctx ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.entry.side.pickCustomer")}
          </Text>
        ) : ctx.recent_orders?.length ? (
          ctx.recent_orders.map((o: any) => (
            <Text key={o.id} size="small">
              <Link to={`/orders/${o.id}`} className="text-ui-fg-interactive">
                #{o.display_id}
              </Link>{" "}
              {day(o.created_at)} · {o.status} · {money(o.total, o.currency_code)}
              {o.channel ? ` · ${nameOf(o.channel)}` : ""}
            </Text>
          ))
        ) : (
          <Text size="small">{t("ordo.entry.side.noOrders")}</Text>
        )}
      </Container>
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("ordo.entry.side.openQuotes")}</Heading>
        {ctx?.open_quotes?.length ? (
          ctx.open_quotes.map((q: any) => (
            <Text key={q.id} size="small">
              <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                {q.display_id != null ? `Q-${q.display_id}` : t("ordo.entry.side.quote")}
              </Link>{" "}
              {q.status} · {day(q.created_at)} · {money(q.total, q.currency_code)} ·{" "}
              {t("ordo.entry.side.validUntil", { date: day(q.valid_until) })}
            </Text>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.entry.side.none")}
          </Text>
        )}
      </Container>
      <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="entry-last-prices">
        <Heading level="h2">{t("ordo.entry.side.lastPrices")}</Heading>
        {ctx?.last_prices?.length ? (
          ctx.last_prices.map((p: any) => (
            <Text key={p.variant_id} size="small">
              {/* Each price in the currency of the order it was paid in. */}
              <span className="font-mono">{p.sku}</span>: {money(p.unit_price, p.currency_code ?? currency)} ×{" "}
              {p.quantity} (#
              {p.order_display_id}, {day(p.ordered_at)})
            </Text>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.entry.side.none")}
          </Text>
        )}
      </Container>
    </div>
  )
}
