import { Link } from "react-router"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney } from "../lib/money"
import type { Route } from "./+types/invoices"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "invoices.title")
}

export type InvoiceRow = {
  id: string
  number: string
  kind: string
  status: string
  currency_code: string
  total: number | string
  balance: string
  issued_at: string
  due_at: string
  overdue: boolean
  days_overdue: number
}

/** The company's invoices and credit notes: open, paid and overdue (with days). */
export async function loader({ request }: Route.LoaderArgs) {
  return buyerRequest<{ invoices: InvoiceRow[] }>(request, "/store/ordo/invoices")
}

export default function Invoices({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "medium" })
  return (
    <>
      <div className="page-head">
        <h1>{t("invoices.title")}</h1>
        <span className="row">
          <Link to="/statement">{t("statement.title")}</Link>
          <Link to="/payments">{t("payments.title")}</Link>
        </span>
      </div>
      {loaderData.invoices.length === 0 ? (
        <p className="empty">{t("invoices.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t("invoices.number")}</th>
                <th>{t("invoices.issued")}</th>
                <th>{t("invoices.due")}</th>
                <th>{t("orders.status")}</th>
                <th className="num">{t("totals.total")}</th>
                <th className="num">{t("invoices.balance")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.invoices.map((i) => (
                <tr
                  key={i.id}
                  data-testid="invoice-row"
                  data-number={i.number}
                  data-status={i.overdue ? "overdue" : i.status}
                >
                  <td data-label={t("invoices.number")}>
                    <Link to={`/invoices/${i.id}`}>{i.number}</Link>
                  </td>
                  <td data-label={t("invoices.issued")}>{date.format(new Date(i.issued_at))}</td>
                  <td data-label={t("invoices.due")}>{date.format(new Date(i.due_at))}</td>
                  <td data-label={t("orders.status")}>
                    <span className={`status status-${i.overdue ? "rejected" : i.status}`}>
                      {i.overdue
                        ? t("invoices.overdue", { days: i.days_overdue })
                        : tr(`invoiceStatus.${i.status}`, i.status)}
                    </span>
                  </td>
                  <td data-label={t("totals.total")} className="num">
                    {formatMoney(i.total, i.currency_code, lang)}
                  </td>
                  <td data-label={t("invoices.balance")} className="num">
                    {formatMoney(i.balance, i.currency_code, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
