import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminApi, day, money } from "../../lib/api"

const BUCKETS = [
  ["current", "Current"],
  ["1_30", "1–30"],
  ["31_60", "31–60"],
  ["61_90", "61–90"],
  ["90_plus", "90+"],
] as const

/** Finance: AR ageing and forecast, invoices, recording payments, and the reminder log. */
const ReceivablesPage = () => {
  const [report, setReport] = useState<any>(null)
  const [invoices, setInvoices] = useState<any[]>([])
  const [notices, setNotices] = useState<any[]>([])
  const [levels, setLevels] = useState<any[]>([])
  const [payment, setPayment] = useState({ company_id: "", amount: "", method: "bank_transfer", reference: "" })
  const [message, setMessage] = useState("")
  const [allocate, setAllocate] = useState<Record<string, string>>({})
  const load = useCallback(async () => {
    const [r, i, n, l] = await Promise.all([
      adminApi("/admin/ordo/reports/receivables"),
      adminApi("/admin/ordo/invoices"),
      adminApi("/admin/ordo/dunning/log"),
      adminApi("/admin/ordo/dunning/levels"),
    ])
    setReport(r)
    setInvoices(i.invoices)
    setNotices(n.notices)
    setLevels(l.levels)
  }, [])
  useEffect(() => {
    load().catch((e) => setMessage(e.message))
  }, [load])
  const run = async (fn: () => Promise<string>) => {
    setMessage("")
    try {
      setMessage(await fn())
      await load()
    } catch (e: any) {
      setMessage(e.message)
    }
  }
  const saveLevel = (l: any, patch: Record<string, unknown>) =>
    run(async () => {
      await adminApi("/admin/ordo/dunning/levels", {
        method: "POST",
        body: {
          id: l.id,
          name: l.name,
          offset_days: l.offset_days,
          tone: l.tone,
          hold: l.hold,
          active: l.active,
          ...patch,
        },
      })
      return `Saved ${String(patch.name ?? l.name)}.`
    })
  const names = Object.fromEntries((report?.companies ?? []).map((c: any) => [c.company_id, c.legal_name]))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <Heading level="h1" className="px-6 py-4">
          Receivables
        </Heading>
        {message ? <Text className="px-6 pb-2">{message}</Text> : null}
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Company</Table.HeaderCell>
              {BUCKETS.map(([, label]) => (
                <Table.HeaderCell key={label}>{label}</Table.HeaderCell>
              ))}
              <Table.HeaderCell>Total</Table.HeaderCell>
              <Table.HeaderCell>Avg days late / on time</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(report?.companies ?? []).map((c: any) => (
              <Table.Row key={c.company_id}>
                <Table.Cell>{c.legal_name}</Table.Cell>
                {BUCKETS.map(([k]) => (
                  <Table.Cell key={k}>{money(c[k], c.currency_code)}</Table.Cell>
                ))}
                <Table.Cell>{money(c.total, c.currency_code)}</Table.Cell>
                <Table.Cell>
                  {c.behaviour.paid_invoices
                    ? `${c.behaviour.average_days_late} d / ${Math.round(c.behaviour.on_time_share * 100)}%`
                    : "—"}
                </Table.Cell>
              </Table.Row>
            ))}
            {(report?.totals ?? []).map((t: any) => (
              <Table.Row key={t.currency_code}>
                <Table.Cell>
                  <b>Total {t.currency_code.toUpperCase()}</b>
                </Table.Cell>
                {BUCKETS.map(([k]) => (
                  <Table.Cell key={k}>{money(t[k], t.currency_code)}</Table.Cell>
                ))}
                <Table.Cell>{money(t.total, t.currency_code)}</Table.Cell>
                <Table.Cell />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {(report?.forecast ?? []).map((f: any) => (
          <Text key={f.currency_code} size="small" className="px-6 py-2">
            Expected receipts ({f.currency_code.toUpperCase()}):{" "}
            {f.weeks.map((w: any) => `wk ${w.week} ${money(w.expected, f.currency_code)}`).join(" · ")} · later{" "}
            {money(f.later, f.currency_code)}
          </Text>
        ))}
      </Container>

      <Container className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Heading level="h2">Record a payment</Heading>
        <Select value={payment.company_id} onValueChange={(company_id) => setPayment({ ...payment, company_id })}>
          <Select.Trigger>
            <Select.Value placeholder="Company" />
          </Select.Trigger>
          <Select.Content>
            {(report?.companies ?? []).map((c: any) => (
              <Select.Item key={c.company_id} value={c.company_id}>
                {c.legal_name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input
          size="small"
          placeholder="Amount"
          value={payment.amount}
          onChange={(e) => setPayment({ ...payment, amount: e.target.value })}
        />
        <select value={payment.method} onChange={(e) => setPayment({ ...payment, method: e.target.value })}>
          <option value="bank_transfer">bank transfer</option>
          <option value="cash">cash</option>
          <option value="cheque">cheque</option>
        </select>
        <Input
          size="small"
          placeholder="Reference"
          value={payment.reference}
          onChange={(e) => setPayment({ ...payment, reference: e.target.value })}
        />
        <Button
          size="small"
          onClick={() =>
            run(async () => {
              const r = await adminApi("/admin/ordo/payments", {
                method: "POST",
                body: { ...payment, reference: payment.reference || undefined },
              })
              setPayment({ ...payment, amount: "", reference: "" })
              return `Recorded; ${r.payment.allocations.length} invoice(s) settled oldest due first, ${r.payment.unallocated} kept as credit.`
            })
          }
        >
          Record (oldest due first)
        </Button>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Invoices
        </Heading>
        <Table>
          <Table.Body>
            {invoices.map((i) => (
              <Table.Row key={i.id} data-testid="admin-invoice-row" data-number={i.number}>
                <Table.Cell>
                  <a href={`/admin/ordo/invoices/${i.id}/pdf`} target="_blank" rel="noreferrer">
                    {i.number}
                  </a>
                </Table.Cell>
                <Table.Cell>{names[i.company_id] ?? i.company_id}</Table.Cell>
                <Table.Cell>{day(i.issued_at)}</Table.Cell>
                <Table.Cell>due {day(i.due_at)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={i.overdue ? "red" : i.status === "paid" ? "green" : "grey"}>
                    {i.overdue ? `overdue ${i.days_overdue} d` : i.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{money(i.total, i.currency_code)}</Table.Cell>
                <Table.Cell>balance {money(i.balance, i.currency_code)}</Table.Cell>
                <Table.Cell>
                  {i.status === "issued" || i.status === "partially_paid" ? (
                    <div className="flex items-center gap-1">
                      <Input
                        size="small"
                        placeholder="Amount received"
                        value={allocate[i.id] ?? ""}
                        onChange={(e) => setAllocate({ ...allocate, [i.id]: e.target.value })}
                      />
                      <Button
                        size="small"
                        variant="secondary"
                        onClick={() =>
                          run(async () => {
                            const amount = allocate[i.id]
                            await adminApi("/admin/ordo/payments", {
                              method: "POST",
                              body: {
                                company_id: i.company_id,
                                amount,
                                method: "bank_transfer",
                                allocations: [{ invoice_id: i.id, amount }],
                              },
                            })
                            setAllocate({ ...allocate, [i.id]: "" })
                            return `Payment of ${amount} allocated to ${i.number}.`
                          })
                        }
                      >
                        Record against this invoice
                      </Button>
                      {Number(i.paid_total) === 0 ? (
                        <Button
                          size="small"
                          variant="transparent"
                          onClick={() =>
                            run(async () => {
                              const reason = window.prompt(`Why void ${i.number}?`)
                              if (!reason) return "Not voided."
                              await adminApi(`/admin/ordo/invoices/${i.id}/void`, { method: "POST", body: { reason } })
                              return `${i.number} voided.`
                            })
                          }
                        >
                          Void
                        </Button>
                      ) : null}
                    </div>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">Reminders</Heading>
        <Text size="small">Policy (days from the due date; negative = before it):</Text>
        {levels.map((l) => (
          <div key={l.id} className="flex items-center gap-2" data-testid="dunning-level">
            <Input size="small" defaultValue={l.name} onBlur={(e) => saveLevel(l, { name: e.target.value })} />
            <Input
              size="small"
              defaultValue={String(l.offset_days)}
              onBlur={(e) => saveLevel(l, { offset_days: Number(e.target.value) })}
            />
            <select defaultValue={l.tone} onChange={(e) => saveLevel(l, { tone: e.target.value })} aria-label="Tone">
              {["friendly", "reminder", "firm", "final"].map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            <select
              defaultValue={l.hold ? "hold" : ""}
              onChange={(e) => saveLevel(l, { hold: e.target.value === "hold" })}
              aria-label="Hold"
            >
              <option value="">no hold</option>
              <option value="hold">credit hold</option>
            </select>
            <select
              defaultValue={l.active ? "on" : "off"}
              onChange={(e) => saveLevel(l, { active: e.target.value === "on" })}
              aria-label="Active"
            >
              <option value="on">active</option>
              <option value="off">off</option>
            </select>
          </div>
        ))}
        <div>
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              run(async () => {
                const r = await adminApi("/admin/ordo/dunning/run", { method: "POST", body: {} })
                return `${r.sent} reminder(s) sent, ${r.held} compan(ies) put on hold.`
              })
            }
          >
            Send today's reminders now
          </Button>
        </div>
        {notices.slice(0, 50).map((n) => (
          <Text key={n.id} size="small">
            {day(n.created_at)} · {n.invoice_number} · {n.level_name} · {n.days_overdue} d overdue · {n.email}
          </Text>
        ))}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Receivables", icon: CurrencyDollar })

export default ReceivablesPage
