import { Button, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { STAFF_ENTRY_FORMAT } from "../../../../domain/order-lines"
import { DataTable } from "../../../components/ui/data-table"
import { FormField, TextField } from "../../../components/ui/form-field"
import { NativeSelect } from "../../../components/ui/native-select"
import { useOrders } from "../../../hooks/orders"
import {
  useApplyCredit,
  useApplyCreditNote,
  useInvoiceOrder,
  useInvoices,
  useIssueCreditNote,
  usePayments,
  useReversePayment,
  useStatement,
} from "../../../hooks/receivables"
import { day, money } from "../../../lib/format"
import { readLines } from "../../../lib/lines"
import { invoiceColumns, PaymentsTable } from "../../receivables/components/parts"

/** Runs an action: a toast when it worked, its message on the card when it did not. */
function useAction() {
  const [error, setError] = useState("")
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
  const shown = error ? (
    <Text size="small" className="px-6 pb-2 text-ui-fg-error" data-testid="account-error">
      {error}
    </Text>
  ) : null
  return { run, shown }
}

const isOpen = (i: any) => i.kind !== "credit_note" && (i.status === "issued" || i.status === "partially_paid")
const PLACED = new Set(["pending", "completed", "archived"])

/**
 * The company's account as finance and sales see it: orders (invoice one by hand), invoices (issue a
 * credit note), credit notes, payments (reverse, apply unallocated credit) and the statement.
 */
export function CompanyAccount({ companyId, currency }: { companyId: string; currency: string }) {
  const { t } = useTranslation()
  const orders = useOrders(`company_id=${companyId}&limit=50`)
  const invoicesQuery = useInvoices({ company_id: companyId, limit: 200 })
  const paymentsQuery = usePayments({ company_id: companyId, limit: 200 })
  const invoiceOrder = useInvoiceOrder()
  const reversePayment = useReversePayment()
  const all = invoicesQuery.data?.invoices ?? []
  const invoices = all.filter((i) => i.kind !== "credit_note")
  const creditNotes = all.filter((i) => i.kind === "credit_note")
  const payments = paymentsQuery.data?.payments ?? []
  // An order can be invoiced by hand while it has no (unvoided) invoice of its own.
  const invoiced = new Set(all.filter((i) => i.kind === "invoice" && i.status !== "void").map((i) => i.order_id))
  const ordersAction = useAction()
  const paymentsAction = useAction()
  const loadError = [orders, invoicesQuery, paymentsQuery].find((q) => q.error)?.error?.message
  return (
    <>
      <Container className="overflow-x-auto p-0" data-testid="company-orders">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.account.orders")}
        </Heading>
        {loadError ? <Text className="px-6 pb-2 text-ui-fg-error">{loadError}</Text> : null}
        {ordersAction.shown}
        <DataTable
          rows={orders.data?.orders ?? []}
          rowKey={(o) => o.id}
          rowProps={(o) => ({ "data-testid": "company-order-row", "data-display-id": o.display_id })}
          empty={t("ordo.finance.account.noOrders")}
          columns={[
            {
              key: "order",
              className: "whitespace-nowrap",
              header: t("ordo.finance.invoices.order"),
              cell: (o) => (
                <Link to={`/orders/${o.id}`} className="text-ui-fg-interactive">
                  #{o.display_id}
                </Link>
              ),
            },
            {
              key: "date",
              className: "whitespace-nowrap",
              header: t("ordo.finance.account.date"),
              cell: (o) => day(o.created_at),
            },
            { key: "po", header: t("ordo.finance.invoices.po"), cell: (o) => o.po_number ?? "—" },
            {
              key: "status",
              className: "whitespace-nowrap",
              header: t("ordo.finance.invoices.status"),
              cell: (o) => t(`ordo.finance.orderStatus.${o.status}`, { defaultValue: o.status }),
            },
            {
              key: "total",
              className: "whitespace-nowrap",
              header: t("ordo.finance.total"),
              align: "right",
              cell: (o) => money(o.total, o.currency_code),
            },
            {
              key: "invoice",
              header: t("ordo.finance.account.invoicing"),
              cell: (o) =>
                invoiced.has(o.id) ? (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("ordo.finance.account.invoiced")}
                  </Text>
                ) : PLACED.has(o.status) ? (
                  <Button
                    size="small"
                    variant="secondary"
                    data-testid="invoice-order"
                    isLoading={invoiceOrder.isPending && invoiceOrder.variables === o.id}
                    onClick={() =>
                      ordersAction.run(async () => {
                        const r = await invoiceOrder.mutateAsync(o.id)
                        return t("ordo.finance.account.orderInvoiced", {
                          number: r.invoice.number,
                          order: o.display_id,
                        })
                      })
                    }
                  >
                    {t("ordo.finance.account.invoiceOrder")}
                  </Button>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      </Container>

      <InvoicesCard invoices={invoices} />

      <Container className="overflow-x-auto p-0" data-testid="company-credit-notes">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.account.creditNotes")}
        </Heading>
        <DataTable
          rows={creditNotes}
          rowKey={(i) => i.id}
          rowProps={(i) => ({ "data-testid": "credit-note-row", "data-number": i.number })}
          empty={t("ordo.finance.account.noCreditNotes")}
          columns={[
            {
              key: "number",
              className: "whitespace-nowrap",
              header: t("ordo.finance.statement.kinds.credit_note"),
              cell: (i) => (
                <a
                  href={`/admin/ordo/invoices/${i.id}/pdf`}
                  target="_blank"
                  rel="noreferrer"
                  className="text-ui-fg-interactive"
                >
                  {i.number}
                </a>
              ),
            },
            {
              key: "issued",
              className: "whitespace-nowrap",
              header: t("ordo.finance.invoices.issued"),
              cell: (i) => day(i.issued_at),
            },
            {
              key: "for",
              header: t("ordo.finance.account.corrects"),
              cell: (i) => all.find((x) => x.id === i.source_invoice_id)?.number ?? "—",
            },
            { key: "reason", header: t("ordo.finance.account.reason"), cell: (i) => i.reason ?? "—" },
            {
              key: "total",
              className: "whitespace-nowrap",
              header: t("ordo.finance.total"),
              align: "right",
              cell: (i) => money(i.total, i.currency_code),
            },
            {
              key: "left",
              className: "whitespace-nowrap",
              header: t("ordo.finance.account.unapplied"),
              align: "right",
              cell: (i) => money(i.balance, i.currency_code),
            },
          ]}
        />
      </Container>

      <Container className="overflow-x-auto p-0" data-testid="company-payments">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.payments.title")}
        </Heading>
        {paymentsAction.shown}
        <PaymentsTable
          hideCompany
          payments={payments}
          onReverse={(p, reason) =>
            paymentsAction.run(async () => {
              await reversePayment.mutateAsync({ id: p.id, reason })
              return t("ordo.finance.payments.reversed", { amount: money(p.amount, p.currency_code) })
            })
          }
        />
        <ApplyCredit
          payments={payments}
          creditNotes={creditNotes.filter(
            (n) => (n.status === "issued" || n.status === "partially_paid") && Number(n.balance) > 0,
          )}
          invoices={invoices.filter(isOpen)}
        />
      </Container>

      <StatementCard companyId={companyId} currency={currency} />
    </>
  )
}

/** The company's invoices; each open or paid one can get a credit note for returned or corrected lines. */
function InvoicesCard({ invoices }: { invoices: any[] }) {
  const { t } = useTranslation()
  const issueCreditNote = useIssueCreditNote()
  const { run, shown } = useAction()
  const [noteFor, setNoteFor] = useState<string | null>(null)
  const [note, setNote] = useState({ reason: "", lines: "" })
  const submit = (invoice: any) =>
    run(async () => {
      const { lines, problems } = readLines(note.lines, STAFF_ENTRY_FORMAT, t)
      if (problems.length) throw new Error(problems.join("; "))
      if (!lines.length) throw new Error(t("ordo.finance.account.noteLinesMissing"))
      if (!note.reason.trim()) throw new Error(t("ordo.finance.account.noteReasonMissing"))
      const r = await issueCreditNote.mutateAsync({
        invoiceId: invoice.id,
        reason: note.reason.trim(),
        lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
      })
      setNoteFor(null)
      setNote({ reason: "", lines: "" })
      return t("ordo.finance.account.noteIssued", {
        number: r.credit_note.number,
        amount: money(r.credit_note.total, r.credit_note.currency_code),
      })
    })
  return (
    <Container className="overflow-x-auto p-0" data-testid="company-invoices">
      <Heading level="h2" className="px-6 py-4">
        {t("ordo.finance.invoices.title")}
      </Heading>
      {shown}
      <DataTable
        rows={invoices}
        rowKey={(i) => i.id}
        rowProps={(i) => ({ "data-testid": "company-invoice-row", "data-number": i.number })}
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
              >
                {i.number}
              </a>
            ),
          },
          ...invoiceColumns(t),
          {
            key: "note",
            header: "",
            className: "whitespace-nowrap",
            cell: (i) =>
              i.status === "void" || i.kind !== "invoice" ? null : noteFor !== i.id ? (
                <Button
                  size="small"
                  variant="transparent"
                  data-testid="credit-note-open"
                  onClick={() => {
                    setNoteFor(i.id)
                    setNote({ reason: "", lines: "" })
                  }}
                >
                  {t("ordo.finance.account.creditNote")}
                </Button>
              ) : (
                <div className="flex min-w-[16rem] flex-col gap-1 py-2" data-testid="credit-note-form">
                  <TextField
                    id={`note-reason-${i.id}`}
                    label={t("ordo.finance.account.reason")}
                    placeholder={t("ordo.finance.account.reasonHint")}
                    value={note.reason}
                    onChange={(e) => setNote({ ...note, reason: e.target.value })}
                  />
                  <FormField id={`note-lines-${i.id}`} label={t("ordo.finance.account.noteLines")}>
                    <Textarea
                      id={`note-lines-${i.id}`}
                      rows={2}
                      placeholder={(i.lines ?? [])[0]?.sku ? `${i.lines[0].sku} 1` : "SKU 1"}
                      value={note.lines}
                      onChange={(e) => setNote({ ...note, lines: e.target.value })}
                    />
                  </FormField>
                  <div className="flex gap-1">
                    <Button
                      size="small"
                      data-testid="credit-note-submit"
                      isLoading={issueCreditNote.isPending}
                      onClick={() => submit(i)}
                    >
                      {t("ordo.finance.account.issueNote")}
                    </Button>
                    <Button size="small" variant="transparent" onClick={() => setNoteFor(null)}>
                      {t("ordo.finance.cancel")}
                    </Button>
                  </div>
                </div>
              ),
          },
        ]}
      />
    </Container>
  )
}

/**
 * Uses the company's credit on one open invoice: what a payment left unallocated, or what a credit
 * note left over after settling its own invoice.
 */
function ApplyCredit({ payments, creditNotes, invoices }: { payments: any[]; creditNotes: any[]; invoices: any[] }) {
  const { t } = useTranslation()
  const applyCredit = useApplyCredit()
  const applyCreditNote = useApplyCreditNote()
  const { run, shown } = useAction()
  const sources = [
    ...payments
      .filter((p) => !p.reversed_at && Number(p.unallocated) > 0)
      .map(
        (p) =>
          [
            `payment:${p.id}`,
            `${day(p.received_at)} · ${p.reference ?? t(`ordo.finance.methods.${p.method}`)} · ${money(p.unallocated, p.currency_code)}`,
          ] as const,
      ),
    ...creditNotes.map((n) => [`note:${n.id}`, `${n.number} · ${money(n.balance, n.currency_code)}`] as const),
  ]
  const [form, setForm] = useState({ payment: "", invoice: "", amount: "" })
  if (!sources.length) return null
  return (
    <div className="flex flex-col gap-2 border-t px-6 py-4" data-testid="apply-credit">
      <Text weight="plus">{t("ordo.finance.account.applyCredit")}</Text>
      {shown}
      {!invoices.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.finance.account.nothingToApplyTo")}
        </Text>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          <FormField id="apply-payment" label={t("ordo.finance.account.creditFrom")}>
            <NativeSelect
              id="apply-payment"
              value={form.payment}
              empty={t("ordo.finance.choose")}
              onChange={(payment) => setForm({ ...form, payment })}
              options={sources}
            />
          </FormField>
          <FormField id="apply-invoice" label={t("ordo.finance.account.toInvoice")}>
            <NativeSelect
              id="apply-invoice"
              value={form.invoice}
              empty={t("ordo.finance.choose")}
              onChange={(invoice) => setForm({ ...form, invoice })}
              options={invoices.map((i) => [i.id, `${i.number} · ${money(i.balance, i.currency_code)}`] as const)}
            />
          </FormField>
          <TextField
            id="apply-amount"
            label={t("ordo.finance.payment.amount")}
            inputMode="decimal"
            value={form.amount}
            onChange={(e) => setForm({ ...form, amount: e.target.value })}
          />
          <Button
            size="small"
            data-testid="apply-credit-submit"
            isLoading={applyCredit.isPending || applyCreditNote.isPending}
            onClick={() =>
              run(async () => {
                if (!form.payment) throw new Error(t("ordo.finance.account.pickCredit"))
                if (!form.invoice) throw new Error(t("ordo.finance.account.pickInvoice"))
                const invoice = invoices.find((i) => i.id === form.invoice)
                const [kind, sourceId] = form.payment.split(":")
                const target = { invoice_id: form.invoice, amount: form.amount }
                if (kind === "note") await applyCreditNote.mutateAsync({ creditNoteId: sourceId, ...target })
                else await applyCredit.mutateAsync({ paymentId: sourceId, ...target })
                setForm({ payment: "", invoice: "", amount: "" })
                return t("ordo.finance.account.creditApplied", {
                  amount: money(form.amount, invoice?.currency_code ?? ""),
                  number: invoice?.number,
                })
              })
            }
          >
            {t("ordo.finance.account.apply")}
          </Button>
        </div>
      )}
    </div>
  )
}

const yearStart = () => `${new Date().getUTCFullYear()}-01-01`
const today = () => new Date().toISOString().slice(0, 10)

/** The statement of account for a period: on screen, and as a PDF or spreadsheet in the admin's language. */
function StatementCard({ companyId, currency }: { companyId: string; currency: string }) {
  const { t, i18n } = useTranslation()
  const [period, setPeriod] = useState({ from: yearStart(), to: today() })
  const { data, error } = useStatement(companyId, period)
  const s = data?.statement
  const lang = i18n.language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en"
  const file = (format: string) =>
    `/admin/ordo/companies/${companyId}/statement?${new URLSearchParams({ ...period, format, lang })}`
  const kind = (k: string) => {
    const paid = /^payment \((\w+)\)$/.exec(k)
    if (paid) return t("ordo.finance.statement.payment", { method: t(`ordo.finance.methods.${paid[1]}`) })
    return t(`ordo.finance.statement.kinds.${k.replace(/ /g, "_")}`, { defaultValue: k })
  }
  return (
    <Container className="overflow-x-auto p-0" data-testid="company-statement">
      <div className="flex flex-wrap items-end justify-between gap-3 px-6 py-4">
        <Heading level="h2">{t("ordo.finance.statement.title")}</Heading>
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            id="statement-from"
            type="date"
            label={t("ordo.finance.statement.from")}
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          />
          <TextField
            id="statement-to"
            type="date"
            label={t("ordo.finance.statement.to")}
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          />
          <a href={file("pdf")} target="_blank" rel="noreferrer" data-testid="statement-pdf">
            <Button size="small" variant="secondary" type="button">
              {t("ordo.finance.statement.pdf")}
            </Button>
          </a>
          <a href={file("csv")} data-testid="statement-csv">
            <Button size="small" variant="secondary" type="button">
              {t("ordo.finance.statement.csv")}
            </Button>
          </a>
        </div>
      </div>
      {error ? <Text className="px-6 pb-2 text-ui-fg-error">{error.message}</Text> : null}
      {s ? (
        <>
          <Text size="small" className="px-6 pb-2" data-testid="statement-opening">
            {t("ordo.finance.statement.opening", { date: s.from, amount: money(s.opening_balance, currency) })}
          </Text>
          <DataTable
            rows={s.lines as any[]}
            rowKey={(_l, n) => n}
            rowProps={() => ({ "data-testid": "statement-line" })}
            empty={t("ordo.finance.statement.none")}
            columns={[
              {
                key: "date",
                className: "whitespace-nowrap",
                header: t("ordo.finance.account.date"),
                cell: (l) => l.date,
              },
              { key: "kind", header: t("ordo.finance.statement.type"), cell: (l) => kind(l.kind) },
              { key: "reference", header: t("ordo.finance.statement.reference"), cell: (l) => l.reference },
              {
                key: "debit",
                className: "whitespace-nowrap",
                header: t("ordo.finance.statement.debit"),
                align: "right",
                cell: (l) => (l.debit ? money(l.debit, currency) : ""),
              },
              {
                key: "credit",
                className: "whitespace-nowrap",
                header: t("ordo.finance.statement.credit"),
                align: "right",
                cell: (l) => (l.credit ? money(l.credit, currency) : ""),
              },
              {
                key: "balance",
                className: "whitespace-nowrap",
                header: t("ordo.finance.statement.balance"),
                align: "right",
                cell: (l) => money(l.balance, currency),
              },
            ]}
          />
          <Text size="small" weight="plus" className="px-6 py-3" data-testid="statement-closing">
            {t("ordo.finance.statement.closing", { date: s.to, amount: money(s.closing_balance, currency) })}
          </Text>
        </>
      ) : null}
    </Container>
  )
}
