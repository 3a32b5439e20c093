import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { day, money, nameOf } from "../../../lib/format"

/** Beside the entry: the customer's recent orders, open quotes and last prices paid. */
export function SidePanel({ ctx, currency }: { ctx: any | null; currency: string }) {
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="entry-recent-orders">
        <Heading level="h2">Recent orders</Heading>
        {!ctx ? (
          <Text size="small" className="text-ui-fg-subtle">
            Pick a customer.
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
          <Text size="small">No orders yet.</Text>
        )}
      </Container>
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">Open quotes</Heading>
        {ctx?.open_quotes?.length ? (
          ctx.open_quotes.map((q: any) => (
            <Text key={q.id} size="small">
              <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                {q.display_id != null ? `Q-${q.display_id}` : "quote"}
              </Link>{" "}
              {q.status} · {day(q.created_at)} · {money(q.total, q.currency_code)} · valid until {day(q.valid_until)}
            </Text>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            None.
          </Text>
        )}
      </Container>
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">Last prices paid</Heading>
        {ctx?.last_prices?.length ? (
          ctx.last_prices.map((p: any) => (
            <Text key={p.variant_id} size="small">
              <span className="font-mono">{p.sku}</span>: {money(p.unit_price, currency)} × {p.quantity} (#
              {p.order_display_id}, {day(p.ordered_at)})
            </Text>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            None.
          </Text>
        )}
      </Container>
    </div>
  )
}
