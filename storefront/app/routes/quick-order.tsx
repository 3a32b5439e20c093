import { data, Form, redirect, useNavigation } from "react-router"
import { FieldError, Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { loadOr404 } from "../lib/b2b.server"
import { translateBackendMessage } from "../lib/backend-messages"
import { buyerRequest } from "../lib/buyer.server"
import { MedusaError } from "../lib/medusa.server"
import { type FieldErrors, formToObject, quickOrderSchema } from "../lib/schemas"
import { commitSession, getSession } from "../lib/session.server"
import type { Order } from "../lib/types"
import type { Route } from "./+types/quick-order"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "quickOrder.title")
}

/**
 * Reorder: `?reorder=<order id>` fills the paste box with that order's SKUs and quantities (one
 * of the company's orders; another company's is a 404), to review before adding them to the cart.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const id = new URL(request.url).searchParams.get("reorder")
  if (!id) return { reorder: null }
  const { order } = await loadOr404<{ order: Order }>(request, `/store/ordo/orders/${encodeURIComponent(id)}`)
  const text = (order.items ?? [])
    .filter((i) => i.variant_sku)
    .map((i) => `${i.variant_sku} ${i.quantity}`)
    .join("\n")
  return { reorder: { number: order.display_id, text } }
}

interface QuickOrderLineError {
  line: number
  raw: string
  error: string
}

interface QuickOrderResponse {
  cart: { id: string }
  added: Array<{ line: number; sku: string; quantity: number }>
}

interface QuickOrderActionData {
  text: string
  fieldErrors?: FieldErrors
  message?: string
  lines?: QuickOrderLineError[]
}

function lineErrorsFrom(body: unknown): QuickOrderLineError[] {
  const lines = (body as { lines?: unknown } | undefined)?.lines
  if (!Array.isArray(lines)) return []
  return lines.map((l: { line?: unknown; raw?: unknown; error?: unknown }) => ({
    line: Number(l.line),
    raw: String(l.raw ?? ""),
    error: String(l.error ?? ""),
  }))
}

export async function action({ request }: Route.ActionArgs) {
  const form = formToObject(await request.formData())
  const text = form.text ?? ""
  // Parsing and validation belong to the backend, which applies the whole paste atomically.
  const parsed = quickOrderSchema.safeParse({ text })
  if (!parsed.success) {
    return data<QuickOrderActionData>({ text, fieldErrors: parsed.error.flatten().fieldErrors }, { status: 400 })
  }
  const session = await getSession(request)
  const cartId = session.get("cart_id")
  const send = (withCart: string | undefined) =>
    buyerRequest<QuickOrderResponse>(request, "/store/ordo/quick-order", {
      method: "POST",
      body: withCart ? { cart_id: withCart, text } : { text },
    })

  let result: QuickOrderResponse
  try {
    try {
      result = await send(cartId)
    } catch (error) {
      // A cart that was completed or deleted elsewhere: let the backend start a fresh one.
      if (cartId && error instanceof MedusaError && error.status === 404 && lineErrorsFrom(error.body).length === 0) {
        result = await send(undefined)
      } else {
        throw error
      }
    }
  } catch (error) {
    if (error instanceof MedusaError && error.status >= 400 && error.status < 500) {
      return data<QuickOrderActionData>(
        { text, message: error.message, lines: lineErrorsFrom(error.body) },
        { status: error.status === 409 ? 409 : 400 },
      )
    }
    throw error
  }

  session.set("cart_id", result.cart.id)
  const count = result.added.length
  session.flash("notice", { key: count === 1 ? "quickOrder.addedOne" : "quickOrder.added", values: { count } })
  return redirect("/cart", { headers: { "Set-Cookie": await commitSession(session) } })
}

export default function QuickOrder({ actionData, loaderData }: Route.ComponentProps) {
  const { t, lang } = useTranslation()
  const navigation = useNavigation()
  const busy = navigation.state === "submitting"
  const lines = actionData?.lines ?? []
  const reorder = loaderData?.reorder
  return (
    <>
      <div className="page-head">
        <h1>{t("quickOrder.title")}</h1>
        <p className="muted">{t("quickOrder.intro")}</p>
      </div>
      {reorder && !actionData ? (
        <Notice kind="info" testId="reorder-notice">
          {t("orders.reorderNotice", { number: reorder.number })}
        </Notice>
      ) : null}
      {actionData?.message ? (
        <Notice kind="error" testId="quick-order-message">
          {t("quickOrder.nothingAdded")} {translateBackendMessage(actionData.message, lang)}
        </Notice>
      ) : null}
      {lines.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table error-table" data-testid="quick-order-errors">
            <caption>{t("quickOrder.errorsCaption", { count: lines.length })}</caption>
            <thead>
              <tr>
                <th className="num">{t("quickOrder.line")}</th>
                <th>{t("quickOrder.raw")}</th>
                <th>{t("quickOrder.error")}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={`${l.line}-${l.raw}`} data-testid="quick-order-error" data-line={l.line}>
                  <td data-label={t("quickOrder.line")} className="num">
                    {l.line}
                  </td>
                  <td data-label={t("quickOrder.raw")} className="mono">
                    {l.raw}
                  </td>
                  <td data-label={t("quickOrder.error")}>{translateBackendMessage(l.error, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Form method="post" className="stack">
        <label className="field">
          <span>{t("quickOrder.label")}</span>
          <textarea
            name="text"
            rows={14}
            required
            spellCheck={false}
            className="mono"
            placeholder={t("quickOrder.placeholder")}
            defaultValue={actionData?.text ?? reorder?.text ?? ""}
            aria-describedby="quick-order-help quick-order-text-error"
            data-testid="quick-order-text"
          />
          <small id="quick-order-help" className="muted">
            {t("quickOrder.help")}
          </small>
          <FieldError id="quick-order-text-error" errors={actionData?.fieldErrors?.text} />
        </label>
        <div>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="quick-order-submit">
            {busy ? t("quickOrder.submitting") : t("quickOrder.submit")}
          </button>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
