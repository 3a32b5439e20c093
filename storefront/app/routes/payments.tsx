import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney } from "../lib/money"
import type { Route } from "./+types/payments"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "payments.title")
}

type Payment = {
  id: string
  method: string
  reference: string | null
  amount: string | number
  unallocated: string | number
  currency_code: string
  received_at: string
  reversed_at: string | null
  allocations: { id: string; invoice_number?: string; amount: string | number }[]
}

export async function loader({ request }: Route.LoaderArgs) {
  return buyerRequest<{ payments: Payment[] }>(request, "/store/ordo/payments")
}

export default function Payments({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "medium" })
  return (
    <>
      <div className="page-head">
        <h1>{t("payments.title")}</h1>
      </div>
      {loaderData.payments.length === 0 ? (
        <p className="empty">{t("payments.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t("orders.date")}</th>
                <th>{t("payments.method")}</th>
                <th>{t("statement.reference")}</th>
                <th>{t("payments.settled")}</th>
                <th className="num">{t("payments.amount")}</th>
                <th className="num">{t("payments.credit")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.payments.map((p) => (
                <tr key={p.id} data-testid="payment-row" className={p.reversed_at ? "muted" : ""}>
                  <td data-label={t("orders.date")}>{date.format(new Date(p.received_at))}</td>
                  <td data-label={t("payments.method")}>
                    {tr(`payments.methods.${p.method}`, p.method)}
                    {p.reversed_at ? ` (${t("payments.reversed")})` : ""}
                  </td>
                  <td data-label={t("statement.reference")} className="mono">
                    {p.reference ?? "—"}
                  </td>
                  <td data-label={t("payments.settled")}>
                    {p.allocations.map((a) => a.invoice_number).join(", ") || "—"}
                  </td>
                  <td data-label={t("payments.amount")} className="num">
                    {formatMoney(p.amount, p.currency_code, lang)}
                  </td>
                  <td data-label={t("payments.credit")} className="num">
                    {formatMoney(p.unallocated, p.currency_code, lang)}
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
