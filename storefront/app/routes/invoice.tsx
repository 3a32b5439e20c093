import { Form, Link, redirect } from "react-router"
import { Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { backendAction, loadOr404 } from "../lib/b2b.server"
import { buyerRequest } from "../lib/buyer.server"
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
  const { invoice } = await loadOr404<{ invoice: Invoice }>(
    request,
    `/store/ordo/invoices/${encodeURIComponent(params.id)}`,
  )
  return { invoice, card: new URL(request.url).searchParams.get("card") }
}

/** Pay by card: off to Stripe's hosted payment page for the balance, then back here. */
export async function action({ request, params }: Route.ActionArgs) {
  const here = new URL(request.url)
  const back = `${here.origin}/invoices/${encodeURIComponent(params.id)}`
  const r = await backendAction(() =>
    buyerRequest<{ url: string }>(request, `/store/ordo/invoices/${encodeURIComponent(params.id)}/checkout-session`, {
      method: "POST",
      body: { success_url: `${back}?card=returned`, cancel_url: `${back}?card=cancelled` },
    }),
  )
  if (!r.ok) return r.response
  return redirect(r.value.url)
}

export default function InvoicePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const i = loaderData.invoice
  const canPay =
    (i.status === "issued" || i.status === "partially_paid") && i.kind !== "credit_note" && Number(i.balance) > 0
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
      {loaderData.card === "returned" ? (
        <Notice kind="success" testId="card-returned">
          {t("invoices.cardReturned")}
        </Notice>
      ) : null}
      {actionData && "error" in actionData ? <Notice kind="error">{actionData.error}</Notice> : null}
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
          {canPay ? (
            <Form method="post" style={{ marginTop: "0.75rem" }}>
              <button type="submit" className="button button-primary" data-testid="pay-by-card">
                {t("invoices.payByCard", { amount: money(i.balance) })}
              </button>
            </Form>
          ) : null}
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
