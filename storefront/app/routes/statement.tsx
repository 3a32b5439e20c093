import { Form } from "react-router"
import { Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { loadOr404 } from "../lib/b2b.server"
import { formatMoney } from "../lib/money"
import type { Route } from "./+types/statement"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "statement.title")
}

type Statement = {
  from: string
  to: string
  currency_code: string
  opening_balance: string
  closing_balance: string
  lines: { date: string; kind: string; reference: string; debit: string; credit: string; balance: string }[]
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (d: string | null): d is string => !!d && DAY.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`))

/** The period asked for; a date that is not one falls back to the default and is reported, field named. */
function period(url: URL) {
  const from = url.searchParams.get("from")
  const to = url.searchParams.get("to")
  const problems: ("from" | "to" | "order")[] = []
  if (from && !isDay(from)) problems.push("from")
  if (to && !isDay(to)) problems.push("to")
  let start = isDay(from) ? from : `${new Date().getUTCFullYear()}-01-01`
  const end = isDay(to) ? to : new Date().toISOString().slice(0, 10)
  if (start > end) {
    problems.push("order")
    start = `${end.slice(0, 4)}-01-01`
  }
  return { from: start, to: end, problems }
}

export async function loader({ request }: Route.LoaderArgs) {
  const { from, to, problems } = period(new URL(request.url))
  const q = new URLSearchParams({ from, to })
  const { statement } = await loadOr404<{ statement: Statement }>(request, `/store/ordo/statement?${q}`)
  return { statement, csv: `/statement.csv?${q}`, problems }
}

export default function StatementPage({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { statement: s, csv, problems } = loaderData
  // "payment (bank_transfer)" → "Payment (bank transfer)" / "收款（银行转账）".
  const kind = (k: string) => {
    const paid = /^payment \((\w+)\)$/.exec(k)
    if (paid) return t("statement.kindPayment", { method: tr(`payments.methods.${paid[1]}`, paid[1]) })
    return tr(`statement.kinds.${k.replace(/ /g, "_")}`, k)
  }
  const money = (x: string) => (x ? formatMoney(x, s.currency_code, lang) : "")
  return (
    <>
      <div className="page-head">
        <h1>{t("statement.title")}</h1>
        <a href={csv} className="button">
          CSV
        </a>
      </div>
      {problems.map((p) => (
        <Notice key={p} kind="error" testId="statement-date-error">
          {p === "order"
            ? t("statement.badOrder")
            : t("statement.badDate", { field: t(p === "from" ? "statement.from" : "statement.to") })}
        </Notice>
      ))}
      <Form method="get" className="row">
        <label>
          {t("statement.from")} <input type="date" name="from" defaultValue={s.from} />
        </label>
        <label>
          {t("statement.to")} <input type="date" name="to" defaultValue={s.to} />
        </label>
        <button type="submit" className="button">
          {t("statement.show")}
        </button>
      </Form>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th>{t("orders.date")}</th>
              <th>{t("statement.entry")}</th>
              <th>{t("statement.reference")}</th>
              <th className="num">{t("statement.debit")}</th>
              <th className="num">{t("statement.credit")}</th>
              <th className="num">{t("invoices.balance")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{s.from}</td>
              <td colSpan={4}>{t("statement.opening")}</td>
              <td className="num" data-testid="statement-opening">
                {money(s.opening_balance)}
              </td>
            </tr>
            {s.lines.map((l) => (
              <tr key={`${l.date}-${l.kind}-${l.reference}-${l.balance}`} data-testid="statement-line">
                <td data-label={t("orders.date")}>{l.date}</td>
                <td data-label={t("statement.entry")}>{kind(l.kind)}</td>
                <td data-label={t("statement.reference")} className="mono">
                  {l.reference}
                </td>
                <td data-label={t("statement.debit")} className="num">
                  {money(l.debit)}
                </td>
                <td data-label={t("statement.credit")} className="num">
                  {money(l.credit)}
                </td>
                <td data-label={t("invoices.balance")} className="num">
                  {money(l.balance)}
                </td>
              </tr>
            ))}
            <tr>
              <td>{s.to}</td>
              <td colSpan={4}>
                <strong>{t("statement.closing")}</strong>
              </td>
              <td className="num" data-testid="statement-closing">
                <strong>{money(s.closing_balance)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
