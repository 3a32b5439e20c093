import { Link } from "react-router"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney } from "../lib/money"
import type { Route } from "./+types/quotes"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "quotes.title")
}

type QuoteRow = {
  id: string
  display_id: number
  status: string
  currency_code: string
  valid_until: string | null
  current_version: number
  total: number | string | null
  created_at: string
}

export async function loader({ request }: Route.LoaderArgs) {
  return buyerRequest<{ quotes: QuoteRow[] }>(request, "/store/ordo/quotes")
}

export default function Quotes({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "medium" })
  return (
    <>
      <div className="page-head">
        <h1>{t("quotes.title")}</h1>
      </div>
      {loaderData.quotes.length === 0 ? (
        <p className="empty">{t("quotes.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t("quotes.number")}</th>
                <th>{t("orders.date")}</th>
                <th>{t("quotes.version")}</th>
                <th>{t("quotes.validUntil")}</th>
                <th>{t("orders.status")}</th>
                <th className="num">{t("totals.total")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.quotes.map((q) => (
                <tr key={q.id} data-testid="quote-row" data-status={q.status}>
                  <td data-label={t("quotes.number")}>
                    <Link to={`/quotes/${q.id}`}>Q-{q.display_id}</Link>
                  </td>
                  <td data-label={t("orders.date")}>{date.format(new Date(q.created_at))}</td>
                  <td data-label={t("quotes.version")}>v{q.current_version}</td>
                  <td data-label={t("quotes.validUntil")}>
                    {q.valid_until ? date.format(new Date(q.valid_until)) : "—"}
                  </td>
                  <td data-label={t("orders.status")}>
                    <span className={`status status-${q.status}`}>{tr(`quoteStatus.${q.status}`, q.status)}</span>
                  </td>
                  <td data-label={t("totals.total")} className="num">
                    {q.total == null ? "—" : formatMoney(q.total, q.currency_code, lang)}
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
