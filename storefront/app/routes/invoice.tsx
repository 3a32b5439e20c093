import { Link } from "react-router"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { loadOr404 } from "../lib/b2b.server"
import { formatMoney } from "../lib/money"
import type { Route } from "./+types/invoice"
import type { InvoiceRow } from "./invoices"

type Invoice = InvoiceRow & {
  subtotal: string
  tax_total: string
  paid_total: string
  lines: {
    id: string
    sku: string | null
    title: string
    quantity: number
    unit_price: string
    tax_total: string
    total: string
  }[]
}

export function meta({ matches, data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.invoice.number }] : metaTitle(matches, "errors.notFoundTitle")
}

export async function loader({ request, params }: Route.LoaderArgs) {
  return loadOr404<{ invoice: Invoice }>(request, `/store/ordo/invoices/${encodeURIComponent(params.id)}`)
}

export default function InvoicePage({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const i = loaderData.invoice
  const money = (x: unknown) => formatMoney(x as string, i.currency_code, lang)
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "medium" })
  return (
    <>
      <div className="page-head">
        <h1 data-testid="invoice-number">{i.number}</h1>
        <Link to="/invoices" className="link-muted">
          {t("invoices.title")}
        </Link>
      </div>
      <div className="facts">
        <dl>
          <dt>{t("orders.status")}</dt>
          <dd data-testid="invoice-status">
            {i.overdue ? t("invoices.overdue", { days: i.days_overdue }) : tr(`invoiceStatus.${i.status}`, i.status)}
          </dd>
          <dt>{t("invoices.issued")}</dt>
          <dd>{date.format(new Date(i.issued_at))}</dd>
          <dt>{t("invoices.due")}</dt>
          <dd>{date.format(new Date(i.due_at))}</dd>
          <dt>{t("invoices.balance")}</dt>
          <dd data-testid="invoice-balance">{money(i.balance)}</dd>
        </dl>
        <div>
          <a href={`/invoices/${i.id}/pdf?lang=en`} className="button">
            PDF (English)
          </a>{" "}
          <a href={`/invoices/${i.id}/pdf?lang=zh-CN`} className="button">
            PDF（中文）
          </a>
        </div>
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th>{t("product.sku")}</th>
              <th>{t("cart.product")}</th>
              <th className="num">{t("product.quantity")}</th>
              <th className="num">{t("cart.unitPrice")}</th>
              <th className="num">{t("invoices.tax")}</th>
              <th className="num">{t("cart.lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {i.lines.map((l) => (
              <tr key={l.id} data-testid="invoice-line">
                <td className="mono">{l.sku ?? "—"}</td>
                <td>{l.title}</td>
                <td className="num">{l.quantity}</td>
                <td className="num">{money(l.unit_price)}</td>
                <td className="num">{money(l.tax_total)}</td>
                <td className="num">{money(l.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="num">
        {t("invoices.tax")}: {money(i.tax_total)} · {t("totals.total")}: <strong>{money(i.total)}</strong> ·{" "}
        {t("invoices.paid")}: {money(i.paid_total)}
      </p>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
