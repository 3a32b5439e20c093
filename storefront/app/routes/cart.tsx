import { data, Form, Link, redirect } from "react-router"
import { FieldError, Notice } from "../components/form-bits"
import { TaxNote } from "../components/price"
import { RouteErrorBoundary } from "../components/route-error"
import { Totals } from "../components/totals"
import { localizedLineTitle, metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { translateBackendMessage } from "../lib/backend-messages"
import { buyerRequest } from "../lib/buyer.server"
import { fetchOpenCart, withChineseTitles } from "../lib/cart.server"
import { MedusaError } from "../lib/medusa.server"
import { formatMoney, summarize } from "../lib/money"
import { type FieldErrors, formToObject, MAX_LINE_QUANTITY, updateLineSchema } from "../lib/schemas"
import { commitSession, getSession } from "../lib/session.server"
import type { Route } from "./+types/cart"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "cart.title")
}

export async function loader({ request }: Route.LoaderArgs) {
  const session = await getSession(request)
  const cartId = session.get("cart_id")
  const cart = await withChineseTitles(request, await fetchOpenCart(request, cartId))
  // Reading the flash and forgetting a stale cart both change the session.
  const notice = session.get("notice") ?? null
  if (cartId && !cart) session.unset("cart_id")
  return data({ cart, notice }, { headers: { "Set-Cookie": await commitSession(session) } })
}

interface CartActionData {
  lineId: string
  quantity?: string
  fieldErrors?: FieldErrors
  backendMessage?: string
}

export async function action({ request }: Route.ActionArgs) {
  const session = await getSession(request)
  const cartId = session.get("cart_id")
  if (!cartId) return redirect("/cart")
  const form = formToObject(await request.formData())
  const linePath = (lineId: string) =>
    `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`
  try {
    if (form.intent === "quote") {
      const { quote } = await buyerRequest<{ quote: { id: string } }>(request, "/store/ordo/quotes", {
        method: "POST",
        body: { cart_id: cartId, message: form.message?.trim() || undefined },
      })
      return redirect(`/quotes/${encodeURIComponent(quote.id)}`)
    }
    if (form.intent === "remove") {
      if (!form.line_id)
        return data<CartActionData>({ lineId: "", fieldErrors: { line_id: ["errors.required"] } }, { status: 400 })
      await buyerRequest(request, linePath(form.line_id), { method: "DELETE" })
      return redirect("/cart")
    }
    if (form.intent === "update") {
      const parsed = updateLineSchema.safeParse(form)
      if (!parsed.success) {
        return data<CartActionData>(
          {
            lineId: form.line_id ?? "",
            quantity: form.quantity ?? "",
            fieldErrors: parsed.error.flatten().fieldErrors,
          },
          { status: 400 },
        )
      }
      await buyerRequest(request, linePath(parsed.data.line_id), {
        method: "POST",
        body: { quantity: parsed.data.quantity },
      })
      return redirect("/cart")
    }
  } catch (error) {
    if (error instanceof MedusaError && error.status >= 400 && error.status < 500) {
      return data<CartActionData>(
        { lineId: form.line_id ?? "", quantity: form.quantity, backendMessage: error.message },
        { status: error.status === 409 ? 409 : 400 },
      )
    }
    throw error
  }
  return data<CartActionData>({ lineId: "", fieldErrors: { intent: ["errors.unknownIntent"] } }, { status: 400 })
}

export default function CartPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { cart, notice } = loaderData
  const items = cart?.items ?? []
  const summary = summarize(cart ?? {})
  return (
    <>
      <div className="page-head">
        <h1>{t("cart.title")}</h1>
      </div>
      {notice ? (
        <Notice kind="success" testId="cart-notice">
          {tr(notice.key, undefined, notice.values)}
        </Notice>
      ) : null}
      {actionData?.backendMessage && !items.some((i) => i.id === actionData.lineId) ? (
        <Notice kind="error">{translateBackendMessage(actionData.backendMessage, lang)}</Notice>
      ) : null}
      {!cart || items.length === 0 ? (
        <div className="empty" data-testid="cart-empty">
          <p>{t("cart.empty")}</p>
          <p>
            <Link to="/" className="button">
              {t("cart.browseCatalog")}
            </Link>{" "}
            <Link to="/quick-order" className="button">
              {t("nav.quickOrder")}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t("product.sku")}</th>
                  <th>{t("cart.product")}</th>
                  <th className="num">
                    {t("cart.unitPrice")} <TaxNote inclusive={summary.taxIncluded} />
                  </th>
                  <th>{t("product.quantity")}</th>
                  <th className="num">
                    {t("cart.lineTotal")} <TaxNote inclusive={summary.taxIncluded} />
                  </th>
                  <th>
                    <span className="sr-only">{t("cart.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...items]
                  .sort((a, b) => (a.variant_sku ?? "").localeCompare(b.variant_sku ?? ""))
                  .map((item) => {
                    const rowError = actionData?.lineId === item.id ? actionData : undefined
                    const errorId = `line-${item.id}-error`
                    return (
                      <tr
                        key={item.id}
                        data-testid="cart-line"
                        data-sku={item.variant_sku ?? ""}
                        data-quantity={item.quantity}
                      >
                        <td data-label={t("product.sku")} className="mono">
                          {item.variant_sku ?? "—"}
                        </td>
                        <td data-label={t("cart.product")}>
                          {localizedLineTitle(lang, item.product_title ?? item.title, item.title_zh)}
                          {item.variant_title ? <span className="muted"> · {item.variant_title}</span> : null}
                        </td>
                        <td data-label={t("cart.unitPrice")} className="num" data-testid="unit-price">
                          {formatMoney(item.unit_price, cart.currency_code, lang)}
                        </td>
                        <td data-label={t("product.quantity")}>
                          <Form method="post" className="add-form">
                            <input type="hidden" name="line_id" value={item.id} />
                            <input
                              type="number"
                              name="quantity"
                              min={1}
                              max={MAX_LINE_QUANTITY}
                              step={1}
                              required
                              inputMode="numeric"
                              className="qty-input"
                              defaultValue={rowError?.quantity ?? String(item.quantity)}
                              aria-label={t("product.quantityFor", { sku: item.variant_sku ?? "" })}
                              aria-describedby={errorId}
                              data-testid="cart-line-quantity"
                            />
                            <button
                              type="submit"
                              name="intent"
                              value="update"
                              className="button button-small"
                              data-testid="cart-line-update"
                            >
                              {t("cart.update")}
                            </button>
                          </Form>
                          <FieldError id={errorId} errors={rowError?.fieldErrors?.quantity} />
                          {rowError?.backendMessage ? (
                            <p className="field-error">{translateBackendMessage(rowError.backendMessage, lang)}</p>
                          ) : null}
                        </td>
                        <td data-label={t("cart.lineTotal")} className="num" data-testid="line-total">
                          {formatMoney(summary.lineTotals[item.id], cart.currency_code, lang)}
                        </td>
                        <td data-label={t("cart.actions")}>
                          <Form method="post">
                            <input type="hidden" name="line_id" value={item.id} />
                            <button
                              type="submit"
                              name="intent"
                              value="remove"
                              className="link-button link-danger"
                              data-testid="cart-line-remove"
                            >
                              {t("cart.remove")}
                            </button>
                          </Form>
                        </td>
                      </tr>
                    )
                  })}
              </tbody>
            </table>
          </div>
          <div className="summary">
            <Totals currencyCode={cart.currency_code} summary={summary} />
            <Link to="/checkout" className="button button-primary" data-testid="go-to-checkout">
              {t("cart.checkout")}
            </Link>
            <Form method="post" className="stack request-quote">
              <label>
                {t("cart.quoteMessage")}
                <textarea name="message" rows={2} data-testid="quote-message" />
              </label>
              <button type="submit" name="intent" value="quote" className="button" data-testid="request-quote">
                {t("cart.requestQuote")}
              </button>
            </Form>
          </div>
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
