import { Badge, Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { type Column, DataTable } from "../../../components/ui/data-table"
import { day, money } from "../../../lib/format"

/** An invoice's state in words: overdue (with days), open, partly paid, paid or void. */
export function InvoiceStatus({ invoice: i }: { invoice: any }) {
  const { t } = useTranslation()
  const color = i.overdue ? "red" : i.status === "paid" ? "green" : i.status === "void" ? "grey" : "orange"
  return (
    <Badge size="2xsmall" color={color} data-testid="invoice-status">
      {i.overdue
        ? t("ordo.finance.status.overdue", { count: i.days_overdue })
        : t(`ordo.finance.status.${i.status}`, { defaultValue: i.status })}
    </Badge>
  )
}

/**
 * The columns every invoice list shares (Receivables and a company's page): order (linked), PO,
 * issued, due, status, total and balance. Each list adds its own number, company and action columns.
 */
export function invoiceColumns(t: (key: string) => string): Column<any>[] {
  return [
    {
      key: "order",
      className: "whitespace-nowrap",
      header: t("ordo.finance.invoices.order"),
      cell: (i) =>
        i.order_id ? (
          <Link to={`/orders/${i.order_id}`} className="text-ui-fg-interactive" data-testid="invoice-order-link">
            #{i.order_display_id ?? "?"}
          </Link>
        ) : (
          "—"
        ),
    },
    { key: "po", header: t("ordo.finance.invoices.po"), cell: (i) => i.po_number ?? "—" },
    {
      key: "issued",
      className: "whitespace-nowrap",
      header: t("ordo.finance.invoices.issued"),
      cell: (i) => day(i.issued_at),
    },
    {
      key: "due",
      className: "whitespace-nowrap",
      header: t("ordo.finance.invoices.due"),
      cell: (i) => day(i.due_at),
    },
    {
      key: "status",
      className: "whitespace-nowrap",
      header: t("ordo.finance.invoices.status"),
      cell: (i) => <InvoiceStatus invoice={i} />,
    },
    {
      key: "total",
      className: "whitespace-nowrap",
      header: t("ordo.finance.total"),
      align: "right",
      cell: (i) => money(i.total, i.currency_code),
    },
    {
      key: "balance",
      className: "whitespace-nowrap",
      header: t("ordo.finance.invoices.balance"),
      align: "right",
      cell: (i) => money(i.balance, i.currency_code),
    },
  ]
}

/** "1–20 of 45" with previous and next. */
export function Pager(props: {
  label: string
  page: number
  pages: number
  onPage: (page: number) => void
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <div className="flex items-center justify-between gap-2 px-6 py-3" data-testid={props.testId}>
      <Text size="small" className="text-ui-fg-subtle">
        {props.label}
      </Text>
      <div className="flex gap-2">
        <Button
          size="small"
          variant="secondary"
          disabled={props.page <= 0}
          onClick={() => props.onPage(props.page - 1)}
        >
          {t("ordo.finance.previous")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={props.page + 1 >= props.pages}
          onClick={() => props.onPage(props.page + 1)}
        >
          {t("ordo.finance.next")}
        </Button>
      </div>
    </div>
  )
}

/**
 * Payments received: date, company, amount, method, reference and what each settled. Reverse asks
 * for a reason, then for a confirmation, before undoing a payment.
 */
export function PaymentsTable({
  payments,
  onReverse,
  hideCompany,
}: {
  payments: any[]
  onReverse: (payment: any, reason: string) => Promise<boolean>
  hideCompany?: boolean
}) {
  const { t } = useTranslation()
  const [reversing, setReversing] = useState<string | null>(null)
  const [reason, setReason] = useState("")
  const [confirming, setConfirming] = useState(false)
  const close = () => {
    setReversing(null)
    setReason("")
    setConfirming(false)
  }
  return (
    <DataTable
      rows={payments}
      rowKey={(p) => p.id}
      rowProps={(p) => ({ "data-testid": "payment-row", "data-reference": p.reference ?? "" })}
      empty={t("ordo.finance.payments.none")}
      columns={[
        {
          key: "date",
          className: "whitespace-nowrap",
          header: t("ordo.finance.payments.date"),
          cell: (p) => day(p.received_at),
        },
        ...(hideCompany
          ? []
          : [
              {
                key: "company",
                header: t("ordo.finance.companyName"),
                cell: (p: any) => (
                  <Link to={`/companies/${p.company_id}`} className="text-ui-fg-interactive">
                    {p.company_name ?? p.company_id}
                  </Link>
                ),
              },
            ]),
        {
          key: "amount",
          className: "whitespace-nowrap",
          header: t("ordo.finance.payments.amount"),
          align: "right",
          cell: (p) => money(p.amount, p.currency_code),
        },
        {
          key: "method",
          header: t("ordo.finance.payments.method"),
          cell: (p) => t(`ordo.finance.methods.${p.method}`, { defaultValue: p.method }),
        },
        { key: "reference", header: t("ordo.finance.payments.reference"), cell: (p) => p.reference ?? "—" },
        {
          key: "applied",
          header: t("ordo.finance.payments.appliedTo"),
          cell: (p) => (
            <div className="flex flex-col">
              {(p.allocations ?? []).map((a: any) => (
                <Text key={a.id} size="xsmall">
                  {a.invoice_number ?? a.invoice_id} · {money(a.amount, p.currency_code)}
                </Text>
              ))}
              {Number(p.unallocated) > 0 ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("ordo.finance.payments.credit", { amount: money(p.unallocated, p.currency_code) })}
                </Text>
              ) : null}
            </div>
          ),
        },
        {
          key: "actions",
          className: "whitespace-nowrap",
          header: "",
          cell: (p) =>
            p.reversed_at ? (
              <Badge size="2xsmall" color="grey" title={p.reversal_reason ?? ""}>
                {t("ordo.finance.payments.reversedBadge", { date: day(p.reversed_at) })}
              </Badge>
            ) : reversing !== p.id ? (
              <Button
                size="small"
                variant="transparent"
                data-testid="payment-reverse"
                onClick={() => {
                  close()
                  setReversing(p.id)
                }}
              >
                {t("ordo.finance.payments.reverse")}
              </Button>
            ) : (
              <div className="flex flex-wrap items-center gap-1" data-testid="payment-reverse-form">
                <Input
                  size="small"
                  aria-label={t("ordo.finance.payments.reason")}
                  placeholder={t("ordo.finance.payments.reasonHint")}
                  value={reason}
                  autoFocus
                  onChange={(e) => {
                    setReason(e.target.value)
                    setConfirming(false)
                  }}
                />
                {confirming ? (
                  <Button
                    size="small"
                    variant="danger"
                    data-testid="payment-reverse-confirm"
                    onClick={async () => (await onReverse(p, reason.trim())) && close()}
                  >
                    {t("ordo.finance.payments.confirmReverse", { amount: money(p.amount, p.currency_code) })}
                  </Button>
                ) : (
                  <Button
                    size="small"
                    variant="secondary"
                    disabled={!reason.trim()}
                    data-testid="payment-reverse-next"
                    onClick={() => setConfirming(true)}
                  >
                    {t("ordo.finance.payments.reverse")}
                  </Button>
                )}
                <Button size="small" variant="transparent" onClick={close}>
                  {t("ordo.finance.cancel")}
                </Button>
              </div>
            ),
        },
      ]}
    />
  )
}
