import { data, Form, Link, redirect } from "react-router"
import { Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { createTranslator, metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { backendAction, loadOr404 } from "../lib/b2b.server"
import { buyerRequest } from "../lib/buyer.server"
import { getLang } from "../lib/lang.server"
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
    tax_rate: string
    subtotal: string
    tax_total: string
    total: string
  }[]
}

type Address = Partial<
  Record<
    | "first_name"
    | "last_name"
    | "company"
    | "address_1"
    | "address_2"
    | "city"
    | "province"
    | "postal_code"
    | "country_code",
    string | null
  >
>

/** What the invoice prints besides its lines (backend queries/receivables/invoice-document.ts). */
type InvoiceDetails = {
  order: { id: string; display_id: number } | null
  po_number: string | null
  buyer: { name: string; tax_id: string | null; billing_address: Address | null; shipping_address: Address | null }
  seller: {
    name: string
    address: string
    tax_id: string | null
    contact: string | null
    bank_name: string | null
    bank_account: string | null
  }
  terms: { terms: string; net_days: number } | null
  prices_include_tax: boolean
  card_payments: boolean
}

const PARTY_HEADING = { fontSize: "1rem", margin: "0 0 0.4rem" }

const addressLines = (a: Address | null) =>
  a
    ? [
        [[a.first_name, a.last_name].filter(Boolean).join(" "), a.company].filter(Boolean).join(", "),
        [a.address_1, a.address_2].filter(Boolean).join(", "),
        [a.postal_code, a.city, a.province].filter(Boolean).join(" "),
        a.country_code?.toUpperCase() ?? "",
      ].filter((l) => l.trim())
    : []

export function meta({ matches, data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.invoice.number }] : metaTitle(matches, "errors.notFoundTitle")
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { invoice, ...details } = await loadOr404<{ invoice: Invoice } & InvoiceDetails>(
    request,
    `/store/ordo/invoices/${encodeURIComponent(params.id)}`,
  )
  return { invoice, details, card: new URL(request.url).searchParams.get("card") }
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
  // The backend's reason is for staff; the buyer gets it in their language.
  if (!r.ok) return data({ error: createTranslator(getLang(request)).t("invoices.cardUnavailable") }, { status: 400 })
  return redirect(r.value.url)
}

export default function InvoicePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const i = loaderData.invoice
  const d = loaderData.details
  // "Pay by card" only where card payments are set up for this shop.
  const canPay =
    d.card_payments &&
    (i.status === "issued" || i.status === "partially_paid") &&
    i.kind !== "credit_note" &&
    Number(i.balance) > 0
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
          <dt>{t("invoices.orderNumber")}</dt>
          <dd data-testid="invoice-order">
            {d.order ? <Link to={`/orders/${d.order.id}`}>#{d.order.display_id}</Link> : "—"}
          </dd>
          <dt>{t("invoices.poNumber")}</dt>
          <dd data-testid="invoice-po">{d.po_number ?? "—"}</dd>
          <dt>{t("invoices.terms")}</dt>
          <dd data-testid="invoice-terms">
            {d.terms ? tr(`invoices.termWords.${d.terms.terms}`, d.terms.terms, { days: d.terms.net_days }) : "—"}
          </dd>
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
      <div className="facts" data-testid="invoice-parties">
        <div>
          <h2 style={PARTY_HEADING}>{t("invoices.seller")}</h2>
          <address className="address">
            <strong>{d.seller.name}</strong>
            <br />
            {d.seller.address}
            <br />
            {t("invoices.taxId")}: <span data-testid="seller-tax-id">{d.seller.tax_id ?? "—"}</span>
            {d.seller.bank_name || d.seller.bank_account ? (
              <>
                <br />
                {t("invoices.bank")}: {d.seller.bank_name ?? "—"}
                <br />
                {t("invoices.bankAccount")}:{" "}
                <span data-testid="seller-bank-account">{d.seller.bank_account ?? "—"}</span>
              </>
            ) : null}
          </address>
        </div>
        <div>
          <h2 style={PARTY_HEADING}>{t("invoices.buyer")}</h2>
          <address className="address" data-testid="invoice-buyer">
            <strong>{d.buyer.name}</strong>
            <br />
            {t("invoices.taxId")}: {d.buyer.tax_id ?? "—"}
            {addressLines(d.buyer.billing_address)
              .filter((l) => l !== d.buyer.name)
              .map((l) => (
                <span key={l}>
                  <br />
                  {l}
                </span>
              ))}
          </address>
          {d.buyer.shipping_address ? (
            <>
              <h3 style={PARTY_HEADING}>{t("invoices.shipTo")}</h3>
              <address className="address">
                {addressLines(d.buyer.shipping_address).map((l, n) => (
                  <span key={l}>
                    {n ? <br /> : null}
                    {l}
                  </span>
                ))}
              </address>
            </>
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
              <th className="num">{t("invoices.vatRate")}</th>
              <th className="num">{t("cart.lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {i.lines.map((l) => (
              <tr key={l.id} data-testid="invoice-line" data-sku={l.sku ?? ""} data-quantity={l.quantity}>
                <td data-label={t("product.sku")} className="mono">
                  {l.sku ?? "—"}
                </td>
                <td data-label={t("cart.product")}>{l.title}</td>
                <td data-label={t("product.quantity")} className="num">
                  {l.quantity}
                </td>
                <td data-label={t("cart.unitPrice")} className="num" data-testid="unit-price">
                  {money(l.unit_price)}
                </td>
                <td data-label={t("invoices.vatRate")} className="num">
                  {Number(l.tax_rate)}%
                </td>
                {/* A line costs unit price × quantity as priced: with VAT inside when prices include it. */}
                <td data-label={t("cart.lineTotal")} className="num" data-testid="line-total">
                  {money(d.prices_include_tax ? l.total : l.subtotal)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="summary-lines" data-testid="invoice-summary">
        {d.prices_include_tax ? (
          <>
            <li>
              <strong>{t("invoices.totalInclVat")}</strong>
              <strong className="num" data-testid="invoice-total">
                {money(i.total)}
              </strong>
            </li>
            <li>
              {t("invoices.ofWhichVat")}
              <span className="num" data-testid="invoice-tax">
                {money(i.tax_total)}
              </span>
            </li>
          </>
        ) : (
          <>
            <li>
              {t("invoices.subtotal")}
              <span className="num">{money(i.subtotal)}</span>
            </li>
            <li>
              {t("invoices.tax")}
              <span className="num">{money(i.tax_total)}</span>
            </li>
            <li>
              <strong>{t("totals.total")}</strong>
              <strong className="num">{money(i.total)}</strong>
            </li>
          </>
        )}
        <li>
          {t("invoices.paid")}
          <span className="num">{money(i.paid_total)}</span>
        </li>
        <li>
          <strong>{t("invoices.balance")}</strong>
          <strong className="num">{money(i.balance)}</strong>
        </li>
      </ul>
      {i.kind !== "credit_note" ? <p className="address">{t("invoices.quoteNumber", { number: i.number })}</p> : null}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
