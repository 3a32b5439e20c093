import { Form, Link, redirect, useNavigation } from "react-router"
import { AddressLines } from "../components/address"
import { Notice } from "../components/form-bits"
import { TaxNote } from "../components/price"
import { RouteErrorBoundary } from "../components/route-error"
import { localizedLineTitle, metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { backendAction, loadOr404, type QuoteView } from "../lib/b2b.server"
import { translateBackendMessage } from "../lib/backend-messages"
import { buyerRequest, getBuyer } from "../lib/buyer.server"
import { formatMoney, summarize } from "../lib/money"
import { formToObject } from "../lib/schemas"
import type { Route } from "./+types/quote"

export function meta({ matches, data: loaderData }: Route.MetaArgs) {
  return loaderData
    ? metaTitle(matches, "quote.title", { number: loaderData.quote.display_id })
    : metaTitle(matches, "errors.notFoundTitle")
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const [{ quote, role }, buyer] = await Promise.all([
    loadOr404<{ quote: QuoteView; role: string }>(request, `/store/ordo/quotes/${encodeURIComponent(params.id)}`),
    getBuyer(request),
  ])
  return { quote, role, addresses: buyer.customer.addresses ?? [] }
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = formToObject(await request.formData())
  const base = `/store/ordo/quotes/${encodeURIComponent(params.id)}`
  if (form.intent === "accept") {
    const r = await backendAction(() =>
      buyerRequest<{ order_id: string }>(request, `${base}/accept`, {
        method: "POST",
        body: { address_id: form.address_id ?? "", po_number: form.po_number || undefined },
      }),
    )
    if (!r.ok) return r.response
    return redirect(`/orders/${encodeURIComponent(r.value.order_id)}?placed=1`)
  }
  const call =
    form.intent === "reject"
      ? { path: `${base}/reject`, body: { reason: form.reason ?? "" } }
      : { path: `${base}/messages`, body: { body: form.body ?? "" } }
  const r = await backendAction(() => buyerRequest(request, call.path, { method: "POST", body: call.body }))
  if (!r.ok) return r.response
  return redirect(`/quotes/${encodeURIComponent(params.id)}`)
}

export default function QuotePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const busy = useNavigation().state === "submitting"
  const { quote, role, addresses } = loaderData
  const when = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" })
  const money = (x: number | string) => formatMoney(x, quote.currency_code, lang)
  const versions = [...quote.versions].reverse()
  // Each quoted line says whether its price contains the tax (CNY prices are quoted 含税).
  const current = quote.versions.find((v) => v.version === quote.current_version) ?? quote.versions.at(-1)
  const taxIncluded = (current?.lines ?? []).some((l) => l.tax_inclusive)
  // Line totals and the total from one formatter: unit price × quantity, as on the order later.
  const priced = (v: (typeof versions)[number]) =>
    summarize({
      items: v.lines.map((l) => ({ ...l, id: l.variant_id, is_tax_inclusive: l.tax_inclusive })),
      total: v.total,
    })
  const canAct = quote.status === "sent" && (role === "admin" || role === "buyer")
  // Stock ran short since the quote was sent: the buyer asks sales for a revision (fewer units,
  // another SKU or a delivery date) in the quote's thread, with the shortage already written in.
  const error = actionData && "error" in actionData ? actionData.error : ""
  const shortage = /SKU \S+: \d+ requested/.test(error) ? translateBackendMessage(error, lang) : ""

  return (
    <>
      <div className="page-head">
        <h1>
          {t("quote.heading")} <span data-testid="quote-number">Q-{quote.display_id}</span>
        </h1>
        <Link to="/quotes" className="link-muted">
          {t("quotes.title")}
        </Link>
      </div>
      {actionData && "error" in actionData ? (
        <Notice kind="error" testId="quote-error">
          {translateBackendMessage(actionData.error, lang)}
        </Notice>
      ) : null}
      {shortage ? (
        <Form method="post" className="stack card" data-testid="ask-revision">
          <h2>{t("quote.shortHeading")}</h2>
          <p className="muted">{t("quote.shortHelp")}</p>
          <label>
            {t("quote.newMessage")}
            <textarea
              name="body"
              rows={3}
              required
              defaultValue={t("quote.reviseRequest", { shortage })}
              data-testid="ask-revision-body"
            />
          </label>
          <button type="submit" name="intent" value="message" className="button button-primary" disabled={busy}>
            {t("quote.askRevision")}
          </button>
        </Form>
      ) : null}
      <div className="facts">
        <dl>
          <dt>{t("orders.status")}</dt>
          <dd data-testid="quote-status">{tr(`quoteStatus.${quote.status}`, quote.status)}</dd>
          <dt>{t("quotes.validUntil")}</dt>
          <dd>{quote.valid_until ? when.format(new Date(quote.valid_until)) : "—"}</dd>
          <dt>{t("orders.poNumber")}</dt>
          <dd className="mono">{quote.po_number ?? "—"}</dd>
          {quote.lead_time_note ? (
            <>
              <dt>{t("quote.leadTime")}</dt>
              <dd data-testid="quote-lead-time">{quote.lead_time_note}</dd>
            </>
          ) : null}
          {quote.order ? (
            <>
              <dt>{t("quote.order")}</dt>
              <dd>
                <Link to={`/orders/${quote.order.id}`} data-testid="quote-order">
                  #{quote.order.display_id}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
        <div>
          <a href={`/quotes/${quote.id}/pdf?lang=en`} className="button">
            PDF (English)
          </a>{" "}
          <a href={`/quotes/${quote.id}/pdf?lang=zh-CN`} className="button">
            PDF（中文）
          </a>
        </div>
      </div>

      {versions.map((v) => (
        <section key={v.id} className="quote-version" data-testid="quote-version" data-version={v.version}>
          <h2>
            {t("quotes.version")} {v.version}
            {v.version === quote.current_version ? ` · ${t("quote.current")}` : ""}{" "}
            <small className="muted">
              {v.author_name} · {when.format(new Date(v.created_at))}
            </small>
          </h2>
          {v.changes.length ? (
            <ul className="changes" data-testid="quote-changes">
              {v.changes.map((c) => (
                <li key={`${c.kind}-${c.sku}-${c.field ?? ""}`}>
                  {c.kind === "changed"
                    ? t("quote.changed", {
                        sku: c.sku,
                        field: tr(`quote.field.${c.field}`, c.field ?? ""),
                        from: c.from ?? "",
                        to: c.to ?? "",
                      })
                    : c.kind === "added"
                      ? t("quote.added", { sku: c.sku })
                      : t("quote.removed", { sku: c.sku })}
                </li>
              ))}
            </ul>
          ) : null}
          {v.note ? <p className="muted">{v.note}</p> : null}
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t("product.sku")}</th>
                  <th>{t("cart.product")}</th>
                  <th className="num">{t("product.quantity")}</th>
                  <th className="num">{t("quote.listPrice")}</th>
                  <th className="num">{t("quote.discount")}</th>
                  <th className="num">
                    {t("cart.unitPrice")} <TaxNote inclusive={taxIncluded} />
                  </th>
                  <th className="num">
                    {t("cart.lineTotal")} <TaxNote inclusive={taxIncluded} />
                  </th>
                </tr>
              </thead>
              <tbody>
                {v.lines.map((l) => (
                  <tr key={l.variant_id} data-testid="quote-line" data-sku={l.sku}>
                    <td data-label={t("product.sku")} className="mono">
                      {l.sku}
                    </td>
                    <td data-label={t("cart.product")}>{localizedLineTitle(lang, l.title, l.title_zh)}</td>
                    <td data-label={t("product.quantity")} className="num">
                      {l.quantity}
                    </td>
                    <td data-label={t("quote.listPrice")} className="num">
                      {money(l.list_price)}
                    </td>
                    <td data-label={t("quote.discount")} className="num">
                      {l.discount_percent}%
                    </td>
                    <td data-label={t("cart.unitPrice")} className="num" data-testid="quote-unit-price">
                      {money(l.unit_price)}
                    </td>
                    <td data-label={t("cart.lineTotal")} className="num" data-testid="quote-line-total">
                      {money(priced(v).lineTotals[l.variant_id] ?? "")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="num">
            <strong>
              {t(taxIncluded ? "totals.totalInclVat" : "totals.totalExclTax")}:{" "}
              <span data-testid="quote-total">{money(priced(v).goods)}</span>
            </strong>
          </p>
        </section>
      ))}

      {canAct ? (
        <div className="grid-2">
          <Form method="post" className="stack card" data-testid="accept-form">
            <h2>{t("quote.acceptHeading")}</h2>
            <fieldset>
              <legend>{t("checkout.shipTo")}</legend>
              {addresses.map((a, i) => (
                <label key={a.id} className="radio-card">
                  <input type="radio" name="address_id" value={a.id} defaultChecked={i === 0} />
                  <AddressLines address={a} />
                </label>
              ))}
            </fieldset>
            <label>
              {t("orders.poNumber")}
              <input name="po_number" defaultValue={quote.po_number ?? ""} data-testid="quote-po" />
            </label>
            <button
              type="submit"
              name="intent"
              value="accept"
              className="button button-primary"
              disabled={busy}
              data-testid="accept-quote"
            >
              {t("quote.accept")}
            </button>
          </Form>
          <Form method="post" className="stack card">
            <h2>{t("quote.rejectHeading")}</h2>
            <label>
              {t("quote.reason")}
              <textarea name="reason" rows={3} required />
            </label>
            <button type="submit" name="intent" value="reject" className="button" disabled={busy}>
              {t("quote.reject")}
            </button>
          </Form>
        </div>
      ) : null}

      <section className="messages">
        <h2>{t("quote.messages")}</h2>
        <ul data-testid="quote-messages">
          {quote.messages.map((m) => (
            <li key={m.id} className={`message message-${m.author_type}`}>
              <strong>{m.author_name}</strong> <small className="muted">{when.format(new Date(m.created_at))}</small>
              <p>{m.body}</p>
            </li>
          ))}
        </ul>
        <Form method="post" className="stack">
          <label>
            {t("quote.newMessage")}
            <textarea name="body" rows={2} required data-testid="quote-message-body" />
          </label>
          <button type="submit" name="intent" value="message" className="button" disabled={busy}>
            {t("quote.send")}
          </button>
        </Form>
      </section>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
