import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { RepFilter } from "../../components/rep-filter"
import { DataTable } from "../../components/ui/data-table"
import { FormField, TextField } from "../../components/ui/form-field"
import { NativeSelect } from "../../components/ui/native-select"
import {
  useDunningLevels,
  useDunningLog,
  useInvoices,
  usePayments,
  useReceivablesReport,
  useRecordPayment,
  useReversePayment,
  useRunDunning,
  useSaveDunningLevel,
  useVoidInvoice,
} from "../../hooks/receivables"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { day, money } from "../../lib/format"
import { invoiceColumns, Pager, PaymentsTable } from "./components/parts"

const BUCKETS = ["current", "1_30", "31_60", "61_90", "90_plus"] as const
const METHODS = ["bank_transfer", "cash", "cheque"] as const
const TONES = ["friendly", "reminder", "firm", "final"] as const
const STATUSES = ["open", "overdue", "paid", "void"] as const
const PAGE = 20

/** A row of the ageing table: a company, or the total of a currency. */
type AgeingRow = { key: string; name: ReactNode; amounts: any; currency: string; behaviour?: any }

const today = () => new Date().toISOString().slice(0, 10)

/** Finance: AR ageing and forecast, invoices (search, filters, paging), payments, reminders. */
const ReceivablesPage = () => {
  const { t } = useTranslation()
  const [rep, setRep] = useState("")
  const report = useReceivablesReport(rep)
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState("")
  const [companyId, setCompanyId] = useState("")
  const [page, setPage] = useState(0)
  const [paymentsPage, setPaymentsPage] = useState(0)
  const q = useDebouncedValue(search.trim(), 300)
  const invoicesQuery = useInvoices({ q, rep, status, company_id: companyId, limit: PAGE, offset: page * PAGE })
  const paymentsQuery = usePayments({ limit: PAGE, offset: paymentsPage * PAGE })
  const log = useDunningLog()
  const levelsQuery = useDunningLevels()
  const recordPayment = useRecordPayment()
  const reversePayment = useReversePayment()
  const voidInvoice = useVoidInvoice()
  const saveDunningLevel = useSaveDunningLevel()
  const runDunning = useRunDunning()
  const blank = { company_id: "", amount: "", method: "bank_transfer", reference: "", received_at: today() }
  const [payment, setPayment] = useState(blank)
  const [error, setError] = useState("")
  const [allocate, setAllocate] = useState<Record<string, string>>({})
  const companies: any[] = report.data?.companies ?? []
  const invoices = invoicesQuery.data?.invoices ?? []
  const invoiceCount = invoicesQuery.data?.count ?? 0
  const notices = log.data?.notices ?? []
  const levels = levelsQuery.data?.levels ?? []
  const loadError = [report, invoicesQuery, paymentsQuery, log, levelsQuery].find((x) => x.error)?.error?.message
  const shown = error || loadError

  /** Runs an action; its message becomes a toast, its error shows on the page. */
  const run = async (fn: () => Promise<string | undefined>) => {
    setError("")
    try {
      const done = await fn()
      if (done) toast.success(done)
      return true
    } catch (e: any) {
      setError(e.message)
      return false
    }
  }
  const saveLevel = (l: any, patch: Record<string, unknown>) =>
    run(async () => {
      const { id, name, offset_days, tone, hold, active } = l
      await saveDunningLevel.mutateAsync({ id, name, offset_days, tone, hold, active, ...patch })
      return t("ordo.finance.reminders.saved", { name: String(patch.name ?? l.name) })
    })
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v)
    setPage(0)
  }
  const ageing: AgeingRow[] = [
    ...companies.map((c) => ({
      key: c.company_id,
      name: (
        <Link to={`/companies/${c.company_id}`} className="text-ui-fg-interactive">
          {c.legal_name}
        </Link>
      ),
      amounts: c,
      currency: c.currency_code,
      behaviour: c.behaviour,
    })),
    ...(report.data?.totals ?? []).map((x: any) => ({
      key: x.currency_code,
      name: <b>{t("ordo.finance.ageing.total", { currency: x.currency_code.toUpperCase() })}</b>,
      amounts: x,
      currency: x.currency_code,
    })),
  ]
  const from = invoiceCount ? page * PAGE + 1 : 0
  const to = Math.min(invoiceCount, (page + 1) * PAGE)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="overflow-x-auto p-0">
        <div className="flex flex-wrap items-end justify-between gap-2 px-6 py-4">
          <Heading level="h1">{t("ordo.finance.title")}</Heading>
          <RepFilter
            id="receivables-rep"
            value={rep}
            onChange={(v) => {
              setRep(v)
              setCompanyId("")
              setPage(0)
            }}
          />
        </div>
        {shown ? (
          <Text className="px-6 pb-2 text-ui-fg-error" data-testid="receivables-error">
            {shown}
          </Text>
        ) : null}
        <DataTable
          rows={ageing}
          rowKey={(r) => r.key}
          columns={[
            { key: "company", header: t("ordo.finance.companyName"), cell: (r) => r.name },
            ...BUCKETS.map((k) => ({
              key: k,
              header: t(`ordo.finance.ageing.${k}`),
              align: "right" as const,
              cell: (r: AgeingRow) => money(r.amounts[k], r.currency),
            })),
            {
              key: "total",
              className: "whitespace-nowrap",
              header: t("ordo.finance.total"),
              align: "right",
              cell: (r) => money(r.amounts.total, r.currency),
            },
            {
              key: "behaviour",
              header: t("ordo.finance.ageing.behaviour"),
              cell: (r) =>
                !r.behaviour
                  ? null
                  : r.behaviour.paid_invoices
                    ? t("ordo.finance.ageing.behaviourValue", {
                        days: r.behaviour.average_days_late,
                        share: Math.round(r.behaviour.on_time_share * 100),
                      })
                    : "—",
            },
          ]}
        />
        {(report.data?.reps ?? []).length ? (
          <>
            <Heading level="h2" className="px-6 pt-4 pb-2">
              {t("ordo.reps.byRep.title")}
            </Heading>
            <DataTable
              rows={report.data?.reps ?? []}
              rowKey={(r: any) => `${r.rep_id ?? ""}-${r.currency_code}`}
              rowProps={() => ({ "data-testid": "receivables-rep-row" })}
              columns={[
                { key: "rep", header: t("ordo.reps.byRep.rep"), cell: (r: any) => r.name ?? t("ordo.reps.nobody") },
                {
                  key: "customers",
                  header: t("ordo.reps.byRep.customers"),
                  align: "right",
                  cell: (r: any) => r.companies,
                },
                {
                  key: "open",
                  header: t("ordo.reps.byRep.open"),
                  align: "right",
                  cell: (r: any) => money(r.open, r.currency_code),
                },
                {
                  key: "overdue",
                  header: t("ordo.reps.byRep.overdue"),
                  align: "right",
                  cell: (r: any) => (
                    <span className={Number(r.overdue) > 0 ? "text-ui-fg-error" : undefined}>
                      {money(r.overdue, r.currency_code)}
                    </span>
                  ),
                },
              ]}
            />
          </>
        ) : null}
        {(report.data?.forecast ?? []).map((f: any) => (
          <Text key={f.currency_code} size="small" className="px-6 py-2">
            {t("ordo.finance.forecast", { currency: f.currency_code.toUpperCase() })}{" "}
            {f.weeks
              .map((w: any) =>
                t("ordo.finance.forecastWeek", { week: w.week, amount: money(w.expected, f.currency_code) }),
              )
              .join(" · ")}{" "}
            · {t("ordo.finance.forecastLater", { amount: money(f.later, f.currency_code) })}
          </Text>
        ))}
      </Container>

      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("ordo.finance.payment.title")}</Heading>
        <div className="flex flex-wrap items-end gap-3" data-testid="record-payment-form">
          <FormField id="payment-company" label={t("ordo.finance.companyName")}>
            <NativeSelect
              id="payment-company"
              value={payment.company_id}
              empty={t("ordo.finance.choose")}
              onChange={(company_id) => setPayment({ ...payment, company_id })}
              options={companies.map((c: any) => [c.company_id, c.legal_name] as const)}
            />
          </FormField>
          <TextField
            id="payment-amount"
            label={t("ordo.finance.payment.amount")}
            inputMode="decimal"
            value={payment.amount}
            onChange={(e) => setPayment({ ...payment, amount: e.target.value })}
          />
          <FormField id="payment-method" label={t("ordo.finance.payment.method")}>
            <NativeSelect
              id="payment-method"
              value={payment.method}
              onChange={(method) => setPayment({ ...payment, method })}
              options={METHODS.map((m) => [m, t(`ordo.finance.methods.${m}`)] as const)}
            />
          </FormField>
          <TextField
            id="payment-reference"
            label={t("ordo.finance.payment.reference")}
            value={payment.reference}
            onChange={(e) => setPayment({ ...payment, reference: e.target.value })}
          />
          <TextField
            id="payment-date"
            type="date"
            label={t("ordo.finance.payment.date")}
            value={payment.received_at}
            max={today()}
            onChange={(e) => setPayment({ ...payment, received_at: e.target.value })}
          />
          <Button
            size="small"
            isLoading={recordPayment.isPending}
            onClick={() =>
              run(async () => {
                if (!payment.company_id) throw new Error(t("ordo.finance.payment.pickCompany"))
                const r = await recordPayment.mutateAsync({
                  ...payment,
                  reference: payment.reference || undefined,
                  received_at: payment.received_at || undefined,
                })
                setPayment({ ...blank, company_id: payment.company_id })
                return t("ordo.finance.payment.recorded", {
                  count: r.payment.allocations.length,
                  credit: money(r.payment.unallocated, r.payment.currency_code),
                })
              })
            }
          >
            {t("ordo.finance.payment.submit")}
          </Button>
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("ordo.finance.payment.hint")}
        </Text>
      </Container>

      <Container className="overflow-x-auto p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.invoices.title")}
        </Heading>
        <div className="flex flex-wrap items-end gap-3 px-6 pb-4">
          <TextField
            id="invoice-search"
            type="search"
            label={t("ordo.finance.invoices.search")}
            placeholder={t("ordo.finance.invoices.searchHint")}
            value={search}
            onChange={(e) => filter(setSearch)(e.target.value)}
          />
          <FormField id="invoice-status" label={t("ordo.finance.invoices.status")}>
            <NativeSelect
              id="invoice-status"
              value={status}
              empty={t("ordo.finance.invoices.anyStatus")}
              onChange={filter(setStatus)}
              options={STATUSES.map((s) => [s, t(`ordo.finance.filter.${s}`)] as const)}
            />
          </FormField>
          <FormField id="invoice-company" label={t("ordo.finance.companyName")}>
            <NativeSelect
              id="invoice-company"
              value={companyId}
              empty={t("ordo.finance.invoices.anyCompany")}
              onChange={filter(setCompanyId)}
              options={companies.map((c: any) => [c.company_id, c.legal_name] as const)}
            />
          </FormField>
        </div>
        <DataTable
          rows={invoices}
          rowKey={(i) => i.id}
          rowProps={(i) => ({ "data-testid": "admin-invoice-row", "data-number": i.number })}
          empty={t("ordo.finance.invoices.none")}
          columns={[
            {
              key: "number",
              className: "whitespace-nowrap",
              header: t("ordo.finance.invoices.number"),
              cell: (i) => (
                <a
                  href={`/admin/ordo/invoices/${i.id}/pdf`}
                  target="_blank"
                  rel="noreferrer"
                  className="text-ui-fg-interactive"
                  title={t("ordo.finance.invoices.pdf")}
                >
                  {i.number}
                </a>
              ),
            },
            {
              key: "company",
              header: t("ordo.finance.companyName"),
              cell: (i) => (
                <Link to={`/companies/${i.company_id}`} className="text-ui-fg-interactive">
                  {i.company_name ?? i.company_id}
                </Link>
              ),
            },
            ...invoiceColumns(t),
            {
              key: "actions",
              header: "",
              cell: (i) =>
                i.kind !== "credit_note" && (i.status === "issued" || i.status === "partially_paid") ? (
                  <div className="flex items-center gap-1">
                    <Input
                      size="small"
                      aria-label={t("ordo.finance.invoices.received", { number: i.number })}
                      placeholder={t("ordo.finance.invoices.receivedShort")}
                      value={allocate[i.id] ?? ""}
                      onChange={(e) => setAllocate({ ...allocate, [i.id]: e.target.value })}
                    />
                    <Button
                      size="small"
                      variant="secondary"
                      onClick={() =>
                        run(async () => {
                          const amount = allocate[i.id] ?? ""
                          await recordPayment.mutateAsync({
                            company_id: i.company_id,
                            amount,
                            method: "bank_transfer",
                            allocations: [{ invoice_id: i.id, amount }],
                          })
                          setAllocate({ ...allocate, [i.id]: "" })
                          return t("ordo.finance.invoices.allocated", {
                            amount: money(amount, i.currency_code),
                            number: i.number,
                          })
                        })
                      }
                    >
                      {t("ordo.finance.invoices.recordAgainst")}
                    </Button>
                    {Number(i.paid_total) === 0 ? (
                      <Button
                        size="small"
                        variant="transparent"
                        onClick={() =>
                          run(async () => {
                            const reason = window.prompt(t("ordo.finance.invoices.voidWhy", { number: i.number }))
                            if (!reason) return undefined
                            await voidInvoice.mutateAsync({ id: i.id, reason })
                            return t("ordo.finance.invoices.voided", { number: i.number })
                          })
                        }
                      >
                        {t("ordo.finance.invoices.void")}
                      </Button>
                    ) : null}
                  </div>
                ) : null,
            },
          ]}
        />
        <Pager
          label={t("ordo.finance.paging", { from, to, count: invoiceCount })}
          page={page}
          pages={Math.ceil(invoiceCount / PAGE)}
          onPage={setPage}
          testId="invoice-pager"
        />
      </Container>

      <Container className="overflow-x-auto p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.payments.title")}
        </Heading>
        <PaymentsTable
          payments={paymentsQuery.data?.payments ?? []}
          onReverse={(p, reason) =>
            run(async () => {
              await reversePayment.mutateAsync({ id: p.id, reason })
              return t("ordo.finance.payments.reversed", { amount: money(p.amount, p.currency_code) })
            })
          }
        />
        <Pager
          label={t("ordo.finance.paging", {
            from: paymentsQuery.data?.count ? paymentsPage * PAGE + 1 : 0,
            to: Math.min(paymentsQuery.data?.count ?? 0, (paymentsPage + 1) * PAGE),
            count: paymentsQuery.data?.count ?? 0,
          })}
          page={paymentsPage}
          pages={Math.ceil((paymentsQuery.data?.count ?? 0) / PAGE)}
          onPage={setPaymentsPage}
          testId="payment-pager"
        />
      </Container>

      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">{t("ordo.finance.reminders.title")}</Heading>
        <Text size="small">{t("ordo.finance.reminders.policy")}</Text>
        {levels.map((l) => (
          <div key={l.id} className="flex flex-wrap items-center gap-2" data-testid="dunning-level">
            <Input
              size="small"
              aria-label={t("ordo.finance.reminders.name")}
              defaultValue={l.name}
              onBlur={(e) => saveLevel(l, { name: e.target.value })}
            />
            <Input
              size="small"
              aria-label={t("ordo.finance.reminders.offset")}
              defaultValue={String(l.offset_days)}
              onBlur={(e) => saveLevel(l, { offset_days: Number(e.target.value) })}
            />
            <NativeSelect
              bare
              aria-label={t("ordo.finance.reminders.tone")}
              defaultValue={l.tone}
              onChange={(tone) => saveLevel(l, { tone })}
              options={TONES.map((x) => [x, t(`ordo.finance.tones.${x}`)] as const)}
            />
            <NativeSelect
              bare
              aria-label={t("ordo.finance.reminders.hold")}
              defaultValue={l.hold ? "hold" : ""}
              onChange={(v) => saveLevel(l, { hold: v === "hold" })}
              options={[
                ["", t("ordo.finance.reminders.noHold")],
                ["hold", t("ordo.finance.reminders.creditHold")],
              ]}
            />
            <NativeSelect
              bare
              aria-label={t("ordo.finance.reminders.active")}
              defaultValue={l.active ? "on" : "off"}
              onChange={(v) => saveLevel(l, { active: v === "on" })}
              options={[
                ["on", t("ordo.finance.reminders.on")],
                ["off", t("ordo.finance.reminders.off")],
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
                return t("ordo.finance.reminders.ran", { sent: r.sent, held: r.held })
              })
            }
          >
            {t("ordo.finance.reminders.runNow")}
          </Button>
        </div>
        {notices.slice(0, 50).map((n) => (
          <Text key={n.id} size="small">
            {t("ordo.finance.reminders.notice", {
              date: day(n.created_at),
              number: n.invoice_number,
              level: n.level_name,
              days: n.days_overdue,
              email: n.email,
            })}
          </Text>
        ))}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ordo.finance.title",
  translationNs: "translation",
  icon: CurrencyDollar,
})

export default ReceivablesPage
