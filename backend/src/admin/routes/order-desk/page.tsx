import { defineRouteConfig } from "@medusajs/admin-sdk"
import { QueueList } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { PaymentStateBadge, ShippingStateBadge } from "../../components/shipping/badges"
import { DataTable } from "../../components/ui/data-table"
import { FormField, TextField } from "../../components/ui/form-field"
import { NativeSelect } from "../../components/ui/native-select"
import { useCompanies, useSalesReps } from "../../hooks/companies"
import { useOrders } from "../../hooks/orders"
import { day, money } from "../../lib/format"

const STATUSES = ["requires_approval", "rejected", "draft", "pending", "completed", "canceled", "archived"]
const PAYMENT = ["not_invoiced", "unpaid", "partly_paid", "overdue", "paid"]
const SHIPPING = ["not_shipped", "partly_shipped", "shipped", "partly_delivered", "delivered"]
const FILTERS = ["channel", "company_id", "rep", "status", "payment", "shipping", "from", "to", "q"] as const
const PAGE = 50

const statusColor = (s: string) =>
  s === "completed"
    ? "green"
    : s === "canceled"
      ? "red"
      : s === "requires_approval"
        ? "orange"
        : s === "rejected"
          ? "red"
          : s === "draft"
            ? "grey"
            : "blue"

/** The list's query string as sent: the filters set in the address bar, the offset, one page. */
function listQuery(params: URLSearchParams) {
  const sent = new URLSearchParams()
  for (const k of FILTERS) {
    const v = params.get(k)
    if (v) sent.set(k, v)
  }
  sent.set("offset", params.get("offset") ?? "0")
  sent.set("limit", String(PAGE))
  return sent.toString()
}

/** A filter select: "any" first, then `[value, label]` options. */
const FilterSelect = (p: {
  id: string
  label: string
  any: string
  value: string
  onChange: (value: string) => void
  options: (readonly [string, string])[]
}) => (
  <FormField id={p.id} label={p.label}>
    <NativeSelect id={p.id} value={p.value} onChange={p.onChange} empty={p.any} options={p.options} />
  </FormField>
)

/** Every order of every channel (storefront, staff entry, quotes), with who entered it and its sales rep. */
const OrderDeskPage = () => {
  const { t } = useTranslation()
  const status = (s: string) => t(`ordo.orders.status.${s}`, { defaultValue: s.replaceAll("_", " ") })
  const [params, setParams] = useSearchParams()
  const [q, setQ] = useState(params.get("q") ?? "")
  const offset = Number(params.get("offset") ?? 0) || 0
  const query = params.toString()
  const list = useOrders(listQuery(params))
  const companiesQuery = useCompanies()
  const reps = useSalesReps().data
  const orders = list.data?.orders ?? []
  const count = list.data?.count ?? 0
  const channels = list.data?.channels ?? []
  const companies = companiesQuery.data?.companies ?? []
  const error = list.error?.message ?? companiesQuery.error?.message

  const setFilter = (k: string, v: string) => {
    const next = new URLSearchParams(params)
    if (v) next.set(k, v)
    else next.delete(k)
    next.delete("offset")
    setParams(next, { replace: true })
  }
  const page = (o: number) => {
    const next = new URLSearchParams(params)
    if (o > 0) next.set("offset", String(o))
    else next.delete("offset")
    setParams(next)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t("ordo.orders.desk.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.orders.desk.subtitle")}
          </Text>
        </div>
        <Link to="/order-entry" className="text-ui-fg-interactive text-sm">
          {t("ordo.orders.desk.newEntry")}
        </Link>
      </div>
      <form
        className="flex flex-wrap items-end gap-2 px-6 py-4"
        onSubmit={(e) => {
          e.preventDefault()
          setFilter("q", q.trim())
        }}
      >
        <FilterSelect
          id="desk-channel"
          label={t("ordo.orders.desk.channel")}
          any={t("ordo.orders.desk.allChannels")}
          value={params.get("channel") ?? ""}
          onChange={(v) => setFilter("channel", v)}
          options={channels.map((c) => [c.id, c.name] as const)}
        />
        <FilterSelect
          id="desk-company"
          label={t("ordo.orders.desk.company")}
          any={t("ordo.orders.desk.allCompanies")}
          value={params.get("company_id") ?? ""}
          onChange={(v) => setFilter("company_id", v)}
          options={companies.map((c: any) => [c.id, c.legal_name] as const)}
        />
        <FilterSelect
          id="desk-rep"
          label={t("ordo.reps.salesRep")}
          any={t("ordo.reps.all")}
          value={params.get("rep") ?? ""}
          onChange={(v) => setFilter("rep", v)}
          options={[
            ["me", t("ordo.reps.mine")] as const,
            ...(reps?.sales_reps ?? []).filter((r) => r.user_id !== reps?.me).map((r) => [r.user_id, r.name] as const),
          ]}
        />
        <FilterSelect
          id="desk-status"
          label={t("ordo.orders.desk.status")}
          any={t("ordo.orders.desk.anyStatus")}
          value={params.get("status") ?? ""}
          onChange={(v) => setFilter("status", v)}
          options={STATUSES.map((x) => [x, status(x)] as const)}
        />
        <FilterSelect
          id="desk-payment"
          label={t("ordo.orders.desk.payment")}
          any={t("ordo.orders.desk.anyPayment")}
          value={params.get("payment") ?? ""}
          onChange={(v) => setFilter("payment", v)}
          options={PAYMENT.map((x) => [x, t(`ordo.shipping.payment.${x}`)] as const)}
        />
        <FilterSelect
          id="desk-shipping"
          label={t("ordo.orders.desk.shipping")}
          any={t("ordo.orders.desk.anyShipping")}
          value={params.get("shipping") ?? ""}
          onChange={(v) => setFilter("shipping", v)}
          options={SHIPPING.map((x) => [x, t(`ordo.shipping.states.${x}`)] as const)}
        />
        <TextField
          id="desk-from"
          label={t("ordo.orders.desk.from")}
          type="date"
          value={params.get("from") ?? ""}
          onChange={(e) => setFilter("from", e.target.value)}
        />
        <TextField
          id="desk-to"
          label={t("ordo.orders.desk.to")}
          type="date"
          value={params.get("to") ?? ""}
          onChange={(e) => setFilter("to", e.target.value)}
        />
        <TextField
          id="desk-q"
          label={t("ordo.orders.desk.search")}
          placeholder={t("ordo.orders.desk.searchHint")}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button size="small" variant="secondary" type="submit">
          {t("ordo.orders.desk.searchButton")}
        </Button>
        {query && query !== "offset=0" ? (
          <Button
            size="small"
            variant="transparent"
            type="button"
            onClick={() => {
              setQ("")
              setParams(new URLSearchParams(), { replace: true })
            }}
          >
            {t("ordo.orders.desk.clear")}
          </Button>
        ) : null}
      </form>
      {error ? <Text className="px-6 py-3 text-ui-fg-error">{error}</Text> : null}
      {/* Twelve columns: the table scrolls sideways inside its card rather than squeezing words letter by letter. */}
      <div className="overflow-x-auto">
        <DataTable
          rows={orders}
          rowKey={(o) => o.id}
          rowProps={(o) => ({ "data-testid": "desk-order", "data-id": o.id })}
          columns={[
            {
              key: "order",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.order"),
              cell: (o) => (
                <Link
                  to={o.status === "draft" ? `/order-entry?draft=${o.id}` : `/orders/${o.id}`}
                  className="text-ui-fg-interactive"
                >
                  #{o.display_id}
                </Link>
              ),
            },
            {
              key: "status",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.status"),
              cell: (o) => (
                <Badge
                  size="2xsmall"
                  color={statusColor(o.status)}
                  className="whitespace-nowrap"
                  data-testid="desk-status"
                  data-status={o.status}
                >
                  {status(o.status)}
                </Badge>
              ),
            },
            {
              key: "po",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.po"),
              cell: (o) => <span data-testid="desk-po">{o.po_number ?? "—"}</span>,
            },
            {
              key: "date",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.date"),
              cell: (o) => day(o.created_at),
            },
            { key: "company", header: t("ordo.orders.desk.col.company"), cell: (o) => o.company?.name ?? "—" },
            {
              key: "customer",
              header: t("ordo.orders.desk.col.customer"),
              cell: (o) => (
                <>
                  <Text size="small">{o.customer?.name || o.customer?.email || "—"}</Text>
                  {o.customer?.name && o.customer?.email ? (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {o.customer.email}
                    </Text>
                  ) : null}
                </>
              ),
            },
            // Ordo's states (from its invoices, and from the items shipped and their tracking); Medusa's
            // raw payment/fulfillment status only for a row without them (drafts, an older backend).
            {
              key: "payment",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.payment"),
              // A draft, waiting or rejected order is not billed yet: nothing to say about payment.
              cell: (o) =>
                o.payment_state ? <PaymentStateBadge state={o.payment_state} testId="desk-payment-state" /> : "—",
            },
            {
              key: "shipping",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.shipping"),
              cell: (o) =>
                o.shipping_state ? <ShippingStateBadge state={o.shipping_state} testId="desk-shipping-state" /> : "—",
            },
            {
              key: "total",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.total"),
              align: "right",
              cell: (o) => money(o.total, o.currency_code ?? ""),
            },
            {
              key: "channel",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.channel"),
              cell: (o) => o.channel?.name ?? "—",
            },
            {
              key: "external",
              header: t("ordo.orders.desk.col.marketplace"),
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              // The marketplace's own number (its channel is the Channel column).
              cell: (o) => (o.external ? <span data-testid="desk-external">{o.external.number}</span> : "—"),
            },
            {
              key: "entered",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.orders.desk.col.enteredBy"),
              cell: (o) => o.entered_by?.name ?? "—",
            },
            {
              key: "rep",
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              header: t("ordo.reps.salesRep"),
              cell: (o) => <span data-testid="desk-rep">{o.sales_rep?.name ?? "—"}</span>,
            },
          ]}
        />
      </div>
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {list.isFetching
            ? t("ordo.orders.desk.loading")
            : count
              ? t("ordo.orders.desk.range", { from: offset + 1, to: Math.min(offset + orders.length, count), count })
              : t("ordo.orders.desk.none")}
        </Text>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => page(offset - PAGE)}>
            {t("ordo.orders.desk.previous")}
          </Button>
          <Button
            size="small"
            variant="secondary"
            disabled={offset + PAGE >= count}
            onClick={() => page(offset + PAGE)}
          >
            {t("ordo.orders.desk.next")}
          </Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ordo.orders.desk.title",
  translationNs: "translation",
  icon: QueueList,
})

export default OrderDeskPage
