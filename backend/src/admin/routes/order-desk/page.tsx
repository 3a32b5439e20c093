import { defineRouteConfig } from "@medusajs/admin-sdk"
import { QueueList } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { type ReactNode, useEffect, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { adminApi, day, money } from "../../lib/api"

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

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col">
    <Label htmlFor={id} size="xsmall">
      {label}
    </Label>
    {children}
  </div>
)

/** A filter select: "any" first, then `[value, label]` options. */
const FilterSelect = (p: {
  id: string
  label: string
  any: string
  value: string
  onChange: (value: string) => void
  options: [string, string][]
}) => (
  <Field id={p.id} label={p.label}>
    <select
      id={p.id}
      className="rounded-md border bg-ui-bg-field px-2 py-1 text-sm"
      value={p.value}
      onChange={(e) => p.onChange(e.target.value)}
    >
      <option value="">{p.any}</option>
      {p.options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  </Field>
)

/** Every order of every channel (storefront, staff entry, quotes), with who entered it. */
const OrderDeskPage = () => {
  const [params, setParams] = useSearchParams()
  const [orders, setOrders] = useState<any[]>([])
  const [count, setCount] = useState(0)
  const [channels, setChannels] = useState<{ id: string; name: string }[]>([])
  const [companies, setCompanies] = useState<{ id: string; legal_name: string }[]>([])
  const [q, setQ] = useState(params.get("q") ?? "")
  const [error, setError] = useState("")
  const [loading, setLoading] = useState(false)
  const offset = Number(params.get("offset") ?? 0) || 0
  const query = params.toString()

  useEffect(() => {
    adminApi("/admin/ordo/companies")
      .then((r) => setCompanies(r.companies))
      .catch((e) => setError(e.message))
  }, [])

  useEffect(() => {
    const search = new URLSearchParams(query)
    const sent = new URLSearchParams()
    for (const k of FILTERS) {
      const v = search.get(k)
      if (v) sent.set(k, v)
    }
    sent.set("offset", search.get("offset") ?? "0")
    sent.set("limit", String(PAGE))
    let cancelled = false
    setLoading(true)
    adminApi(`/admin/ordo/orders?${sent}`)
      .then((r) => {
        if (cancelled) return
        setOrders(r.orders)
        setCount(r.count)
        setChannels(r.channels ?? [])
        setError("")
      })
      .catch((e) => !cancelled && setError(e.message))
      .finally(() => !cancelled && setLoading(false))
    return () => {
      cancelled = true
    }
  }, [query])

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
            Storefront, staff entry and quote orders in one list; staff drafts open in order entry.
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
          options={channels.map((c) => [c.id, c.name])}
        />
        <FilterSelect
          id="desk-company"
          label="Company"
          any="All companies"
          value={params.get("company_id") ?? ""}
          onChange={(v) => setFilter("company_id", v)}
          options={companies.map((c) => [c.id, c.legal_name])}
        />
        <FilterSelect
          id="desk-status"
          label="Status"
          any="Any status"
          value={params.get("status") ?? ""}
          onChange={(v) => setFilter("status", v)}
          options={STATUSES.map((x) => [x, x.replace("_", " ")])}
        />
        <Field id="desk-from" label="From">
          <Input
            id="desk-from"
            type="date"
            size="small"
            value={params.get("from") ?? ""}
            onChange={(e) => setFilter("from", e.target.value)}
          />
        </Field>
        <Field id="desk-to" label="To">
          <Input
            id="desk-to"
            type="date"
            size="small"
            value={params.get("to") ?? ""}
            onChange={(e) => setFilter("to", e.target.value)}
          />
        </Field>
        <Field id="desk-q" label="Search">
          <Input
            id="desk-q"
            size="small"
            placeholder="Order # or e-mail"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </Field>
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
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell>Date</Table.HeaderCell>
            <Table.HeaderCell>Channel</Table.HeaderCell>
            <Table.HeaderCell>Company</Table.HeaderCell>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Payment</Table.HeaderCell>
            <Table.HeaderCell>Fulfillment</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            <Table.HeaderCell>Entered by</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {orders.map((o) => (
            <Table.Row key={o.id} data-testid="desk-order" data-id={o.id}>
              <Table.Cell>
                <Link
                  to={o.status === "draft" ? `/order-entry?draft=${o.id}` : `/orders/${o.id}`}
                  className="text-ui-fg-interactive"
                >
                  #{o.display_id}
                </Link>
              </Table.Cell>
              <Table.Cell>{day(o.created_at)}</Table.Cell>
              <Table.Cell>{o.channel?.name ?? "—"}</Table.Cell>
              <Table.Cell>{o.company?.name ?? "—"}</Table.Cell>
              <Table.Cell>
                <Text size="small">{o.customer?.name || o.customer?.email || "—"}</Text>
                {o.customer?.name && o.customer?.email ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {o.customer.email}
                  </Text>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={statusColor(o.status)}>
                  {String(o.status).replace("_", " ")}
                </Badge>
              </Table.Cell>
              <Table.Cell>{o.payment_status ? String(o.payment_status).replaceAll("_", " ") : "—"}</Table.Cell>
              <Table.Cell>{o.fulfillment_status ? String(o.fulfillment_status).replaceAll("_", " ") : "—"}</Table.Cell>
              <Table.Cell className="text-right">{money(o.total, o.currency_code ?? "")}</Table.Cell>
              <Table.Cell>{o.entered_by?.name ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {loading
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
