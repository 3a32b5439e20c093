import { defineRouteConfig } from "@medusajs/admin-sdk"
import { QueueList } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { PaymentStateBadge, ShippingStateBadge } from "../../components/shipping/badges"
import { DataTable } from "../../components/ui/data-table"
import { FormField, TextField } from "../../components/ui/form-field"
import { NativeSelect } from "../../components/ui/native-select"
import { useCompanies } from "../../hooks/companies"
import { useOrders } from "../../hooks/orders"
import { day, money } from "../../lib/format"

const STATUSES = ["draft", "requires_approval", "pending", "completed", "canceled"]
const FILTERS = ["channel", "company_id", "status", "from", "to", "q"] as const
const PAGE = 50

const statusColor = (s: string) =>
  s === "completed"
    ? "green"
    : s === "canceled"
      ? "red"
      : s === "requires_approval"
        ? "orange"
        : s === "draft"
          ? "grey"
          : "blue"

const spaced = (x: unknown) => (x ? String(x).replaceAll("_", " ") : "—")

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

/** Every order of every channel (storefront, staff entry, quotes), with who entered it. */
const OrderDeskPage = () => {
  const [params, setParams] = useSearchParams()
  const [q, setQ] = useState(params.get("q") ?? "")
  const offset = Number(params.get("offset") ?? 0) || 0
  const query = params.toString()
  const list = useOrders(listQuery(params))
  const companiesQuery = useCompanies()
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
          <Heading level="h1">All orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Storefront, staff entry, quote and marketplace orders in one list; staff drafts open in order entry.
          </Text>
        </div>
        <Link to="/order-entry" className="text-ui-fg-interactive text-sm">
          New order entry
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
          label="Channel"
          any="All channels"
          value={params.get("channel") ?? ""}
          onChange={(v) => setFilter("channel", v)}
          options={channels.map((c) => [c.id, c.name] as const)}
        />
        <FilterSelect
          id="desk-company"
          label="Company"
          any="All companies"
          value={params.get("company_id") ?? ""}
          onChange={(v) => setFilter("company_id", v)}
          options={companies.map((c: any) => [c.id, c.legal_name] as const)}
        />
        <FilterSelect
          id="desk-status"
          label="Status"
          any="Any status"
          value={params.get("status") ?? ""}
          onChange={(v) => setFilter("status", v)}
          options={STATUSES.map((x) => [x, x.replace("_", " ")] as const)}
        />
        <TextField
          id="desk-from"
          label="From"
          type="date"
          value={params.get("from") ?? ""}
          onChange={(e) => setFilter("from", e.target.value)}
        />
        <TextField
          id="desk-to"
          label="To"
          type="date"
          value={params.get("to") ?? ""}
          onChange={(e) => setFilter("to", e.target.value)}
        />
        <TextField
          id="desk-q"
          label="Search"
          placeholder="Order #, PO, marketplace # or e-mail"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button size="small" variant="secondary" type="submit">
          Search
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
            Clear filters
          </Button>
        ) : null}
      </form>
      {error ? <Text className="px-6 py-3 text-ui-fg-error">{error}</Text> : null}
      <DataTable
        rows={orders}
        rowKey={(o) => o.id}
        rowProps={(o) => ({ "data-testid": "desk-order", "data-id": o.id })}
        columns={[
          {
            key: "order",
            header: "Order",
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
            key: "external",
            header: "Marketplace #",
            headerClassName: "whitespace-nowrap",
            // The marketplace's own number (its channel is the Channel column).
            cell: (o) => (o.external ? <span data-testid="desk-external">{o.external.number}</span> : "—"),
          },
          { key: "po", header: "PO", cell: (o) => o.po_number ?? "—" },
          { key: "date", header: "Date", cell: (o) => day(o.created_at) },
          { key: "channel", header: "Channel", cell: (o) => o.channel?.name ?? "—" },
          { key: "company", header: "Company", cell: (o) => o.company?.name ?? "—" },
          {
            key: "customer",
            header: "Customer",
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
          {
            key: "status",
            header: "Status",
            cell: (o) => (
              <Badge size="2xsmall" color={statusColor(o.status)}>
                {String(o.status).replace("_", " ")}
              </Badge>
            ),
          },
          // Ordo's states (from its invoices, and from the items shipped and their tracking); Medusa's
          // raw payment/fulfillment status only for a row without them (drafts, an older backend).
          {
            key: "payment",
            header: "Payment",
            cell: (o) =>
              o.payment_state ? (
                <PaymentStateBadge state={o.payment_state} testId="desk-payment-state" />
              ) : (
                spaced(o.payment_status)
              ),
          },
          {
            key: "shipping",
            header: "Shipping",
            cell: (o) =>
              o.shipping_state ? (
                <ShippingStateBadge state={o.shipping_state} testId="desk-shipping-state" />
              ) : (
                spaced(o.fulfillment_status)
              ),
          },
          { key: "total", header: "Total", align: "right", cell: (o) => money(o.total, o.currency_code ?? "") },
          { key: "entered", header: "Entered by", cell: (o) => o.entered_by?.name ?? "—" },
        ]}
      />
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {list.isFetching
            ? "Loading…"
            : count
              ? `${offset + 1}–${Math.min(offset + orders.length, count)} of ${count}`
              : "No orders match."}
        </Text>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => page(offset - PAGE)}>
            Previous
          </Button>
          <Button
            size="small"
            variant="secondary"
            disabled={offset + PAGE >= count}
            onClick={() => page(offset + PAGE)}
          >
            Next
          </Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "All orders", icon: QueueList })

export default OrderDeskPage
