import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useState } from "react"
import { DataTable } from "../../components/ui/data-table"
import { NativeSelect } from "../../components/ui/native-select"
import {
  useDunningLevels,
  useDunningLog,
  useInvoices,
  useReceivablesReport,
  useRecordPayment,
  useRunDunning,
  useSaveDunningLevel,
  useVoidInvoice,
} from "../../hooks/receivables"
import { day, money } from "../../lib/format"

const BUCKETS = [
  ["current", "Current"],
  ["1_30", "1–30"],
  ["31_60", "31–60"],
  ["61_90", "61–90"],
  ["90_plus", "90+"],
] as const
const METHODS = [
  ["bank_transfer", "bank transfer"],
  ["cash", "cash"],
  ["cheque", "cheque"],
] as const
const TONES = ["friendly", "reminder", "firm", "final"].map((t) => [t, t] as const)

/** A row of the ageing table: a company, or the total of a currency. */
type AgeingRow = { key: string; name: ReactNode; amounts: any; currency: string; behaviour?: any }

/** Finance: AR ageing and forecast, invoices, recording payments, and the reminder log. */
const ReceivablesPage = () => {
  const report = useReceivablesReport()
  const invoicesQuery = useInvoices()
  const log = useDunningLog()
  const levelsQuery = useDunningLevels()
  const recordPayment = useRecordPayment()
  const voidInvoice = useVoidInvoice()
  const saveDunningLevel = useSaveDunningLevel()
  const runDunning = useRunDunning()
  const [payment, setPayment] = useState({ company_id: "", amount: "", method: "bank_transfer", reference: "" })
  const [message, setMessage] = useState("")
  const [allocate, setAllocate] = useState<Record<string, string>>({})
  const companies: any[] = report.data?.companies ?? []
  const invoices = invoicesQuery.data?.invoices ?? []
  const notices = log.data?.notices ?? []
  const levels = levelsQuery.data?.levels ?? []
  const loadError = [report, invoicesQuery, log, levelsQuery].find((q) => q.error)?.error?.message
  const shown = message || loadError

  const run = async (fn: () => Promise<string>) => {
    setMessage("")
    try {
      setMessage(await fn())
    } catch (e: any) {
      setMessage(e.message)
    }
  }
  const saveLevel = (l: any, patch: Record<string, unknown>) =>
    run(async () => {
      const { id, name, offset_days, tone, hold, active } = l
      await saveDunningLevel.mutateAsync({ id, name, offset_days, tone, hold, active, ...patch })
      return `Saved ${String(patch.name ?? l.name)}.`
    })
  const names = Object.fromEntries(companies.map((c: any) => [c.company_id, c.legal_name]))
  const ageing: AgeingRow[] = [
    ...companies.map((c) => ({
      key: c.company_id,
      name: c.legal_name,
      amounts: c,
      currency: c.currency_code,
      behaviour: c.behaviour,
    })),
    ...(report.data?.totals ?? []).map((t: any) => ({
      key: t.currency_code,
      name: <b>Total {t.currency_code.toUpperCase()}</b>,
      amounts: t,
      currency: t.currency_code,
    })),
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <Heading level="h1" className="px-6 py-4">
          Receivables
        </Heading>
        {shown ? <Text className="px-6 pb-2">{shown}</Text> : null}
        <DataTable
          rows={ageing}
          rowKey={(r) => r.key}
          columns={[
            { key: "company", header: "Company", cell: (r) => r.name },
            ...BUCKETS.map(([k, label]) => ({
              key: k,
              header: label,
              cell: (r: AgeingRow) => money(r.amounts[k], r.currency),
            })),
            { key: "total", header: "Total", cell: (r) => money(r.amounts.total, r.currency) },
            {
              key: "behaviour",
              header: "Avg days late / on time",
              cell: (r) =>
                !r.behaviour
                  ? null
                  : r.behaviour.paid_invoices
                    ? `${r.behaviour.average_days_late} d / ${Math.round(r.behaviour.on_time_share * 100)}%`
                    : "—",
            },
          ]}
        />
        {(report.data?.forecast ?? []).map((f: any) => (
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
            {companies.map((c: any) => (
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
        <NativeSelect
          bare
          value={payment.method}
          onChange={(method) => setPayment({ ...payment, method })}
          options={METHODS}
        />
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
              const r = await recordPayment.mutateAsync({ ...payment, reference: payment.reference || undefined })
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
        <DataTable
          rows={invoices}
          rowKey={(i) => i.id}
          rowProps={(i) => ({ "data-testid": "admin-invoice-row", "data-number": i.number })}
          columns={[
            {
              key: "number",
              cell: (i) => (
                <a href={`/admin/ordo/invoices/${i.id}/pdf`} target="_blank" rel="noreferrer">
                  {i.number}
                </a>
              ),
            },
            { key: "company", cell: (i) => names[i.company_id] ?? i.company_id },
            { key: "issued", cell: (i) => day(i.issued_at) },
            { key: "due", cell: (i) => `due ${day(i.due_at)}` },
            {
              key: "status",
              cell: (i) => (
                <Badge size="2xsmall" color={i.overdue ? "red" : i.status === "paid" ? "green" : "grey"}>
                  {i.overdue ? `overdue ${i.days_overdue} d` : i.status}
                </Badge>
              ),
            },
            { key: "total", cell: (i) => money(i.total, i.currency_code) },
            { key: "balance", cell: (i) => `balance ${money(i.balance, i.currency_code)}` },
            {
              key: "actions",
              cell: (i) =>
                i.status === "issued" || i.status === "partially_paid" ? (
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
                          await recordPayment.mutateAsync({
                            company_id: i.company_id,
                            amount,
                            method: "bank_transfer",
                            allocations: [{ invoice_id: i.id, amount }],
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
                            await voidInvoice.mutateAsync({ id: i.id, reason })
                            return `${i.number} voided.`
                          })
                        }
                      >
                        Void
                      </Button>
                    ) : null}
                  </div>
                ) : null,
            },
          ]}
        />
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
            <NativeSelect
              bare
              aria-label="Tone"
              defaultValue={l.tone}
              onChange={(tone) => saveLevel(l, { tone })}
              options={TONES}
            />
            <NativeSelect
              bare
              aria-label="Hold"
              defaultValue={l.hold ? "hold" : ""}
              onChange={(v) => saveLevel(l, { hold: v === "hold" })}
              options={[
                ["", "no hold"],
                ["hold", "credit hold"],
              ]}
            />
            <NativeSelect
              bare
              aria-label="Active"
              defaultValue={l.active ? "on" : "off"}
              onChange={(v) => saveLevel(l, { active: v === "on" })}
              options={[
                ["on", "active"],
                ["off", "off"],
              ]}
            />
          </div>
        ))}
        <div>
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              run(async () => {
                const r = await runDunning.mutateAsync()
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
