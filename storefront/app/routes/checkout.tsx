import { data, Form, Link, redirect, useNavigation } from "react-router"
import { AddressLines } from "../components/address"
import { FieldError, Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { Totals } from "../components/totals"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { translateBackendMessage } from "../lib/backend-messages"
import { buyerRequest, getBuyer } from "../lib/buyer.server"
import { fetchOpenCart } from "../lib/cart.server"
import { MedusaError } from "../lib/medusa.server"
import { formatMoney, summarize } from "../lib/money"
import {
  checkoutSchema,
  type FieldErrors,
  formToObject,
  ORDER_NOTE_MAX_LENGTH,
  PO_NUMBER_MAX_LENGTH,
} from "../lib/schemas"
import { commitSession, getSession } from "../lib/session.server"
import type { Route } from "./+types/checkout"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "checkout.title")
}

export async function loader({ request }: Route.LoaderArgs) {
  const session = await getSession(request)
  const [buyer, cart] = await Promise.all([getBuyer(request), fetchOpenCart(request, session.get("cart_id"))])
  if (!cart?.items?.length) throw redirect("/cart")
  const addresses = buyer.customer.addresses ?? []
  const defaultAddressId =
    (addresses.find((a) => a.is_default_shipping) ?? (addresses.length === 1 ? addresses[0] : undefined))?.id ?? ""
  return { cart, addresses, defaultAddressId }
}

interface CheckoutActionData {
  values: { address_id: string; po_number: string; requested_delivery_date: string; note: string }
  fieldErrors?: FieldErrors
  backendMessage?: string
}

export async function action({ request }: Route.ActionArgs) {
  const form = formToObject(await request.formData())
  const values = {
    address_id: form.address_id ?? "",
    po_number: form.po_number ?? "",
    requested_delivery_date: form.requested_delivery_date ?? "",
    note: form.note ?? "",
  }
  const parsed = checkoutSchema.safeParse(values)
  if (!parsed.success) {
    return data<CheckoutActionData>({ values, fieldErrors: parsed.error.flatten().fieldErrors }, { status: 400 })
  }
  const session = await getSession(request)
  const cartId = session.get("cart_id")
  if (!cartId) return redirect("/cart")
  let order: { id: string; display_id: number }
  try {
    ;({ order } = await buyerRequest<{ order: { id: string; display_id: number } }>(
      request,
      `/store/ordo/carts/${encodeURIComponent(cartId)}/checkout`,
      { method: "POST", body: parsed.data },
    ))
  } catch (error) {
    if (error instanceof MedusaError && error.status >= 400 && error.status < 500) {
      return data<CheckoutActionData>(
        { values, backendMessage: error.message },
        { status: error.status === 409 ? 409 : 400 },
      )
    }
    throw error
  }
  session.unset("cart_id")
  return redirect(`/orders/${encodeURIComponent(order.id)}?placed=1`, {
    headers: { "Set-Cookie": await commitSession(session) },
  })
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useTranslation()
  const navigation = useNavigation()
  const busy = navigation.state === "submitting"
  const { cart, addresses, defaultAddressId } = loaderData
  const selected = actionData?.values.address_id ?? defaultAddressId
  const summary = summarize(cart)
  const today = new Date().toISOString().slice(0, 10)
  return (
    <>
      <div className="page-head">
        <h1>{t("checkout.title")}</h1>
        <Link to="/cart" className="link-muted">
          {t("checkout.backToCart")}
        </Link>
      </div>
      {actionData?.backendMessage ? (
        <Notice kind="error" testId="checkout-error">
          {t("checkout.failed")} {translateBackendMessage(actionData.backendMessage, lang)}
        </Notice>
      ) : null}
      <div className="checkout-grid">
        <Form method="post" className="stack" data-testid="checkout-form">
          <fieldset className="fieldset">
            <legend>{t("checkout.shipTo")}</legend>
            {addresses.length === 0 ? (
              <p className="muted">{t("checkout.noAddresses")}</p>
            ) : (
              <ul className="address-choices">
                {addresses.map((address) => (
                  <li key={address.id}>
                    <label className="address-choice">
                      <input
                        type="radio"
                        name="address_id"
                        value={address.id}
                        required
                        defaultChecked={selected === address.id}
                        data-testid="checkout-address"
                      />
                      <span>
                        {address.address_name ? <strong>{address.address_name}</strong> : null}
                        <AddressLines address={address} />
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            <FieldError errors={actionData?.fieldErrors?.address_id} />
          </fieldset>

          <label className="field">
            <span>{t("checkout.poNumber")}</span>
            <input
              type="text"
              name="po_number"
              required
              maxLength={PO_NUMBER_MAX_LENGTH}
              autoComplete="off"
              defaultValue={actionData?.values.po_number ?? ""}
              aria-invalid={actionData?.fieldErrors?.po_number ? true : undefined}
              aria-describedby="po-help po-error"
              data-testid="checkout-po"
            />
            <small id="po-help" className="muted">
              {t("checkout.poHelp", { max: PO_NUMBER_MAX_LENGTH })}
            </small>
            <FieldError id="po-error" errors={actionData?.fieldErrors?.po_number} />
          </label>

          <label className="field">
            <span>{t("checkout.deliveryDate")}</span>
            <input
              type="date"
              name="requested_delivery_date"
              min={today}
              defaultValue={actionData?.values.requested_delivery_date ?? ""}
              aria-invalid={actionData?.fieldErrors?.requested_delivery_date ? true : undefined}
              aria-describedby="delivery-help delivery-error"
              data-testid="checkout-delivery-date"
            />
            <small id="delivery-help" className="muted">
              {t("checkout.deliveryDateHelp")}
            </small>
            <FieldError id="delivery-error" errors={actionData?.fieldErrors?.requested_delivery_date} />
          </label>

          <label className="field">
            <span>{t("checkout.note")}</span>
            <textarea
              name="note"
              rows={3}
              maxLength={ORDER_NOTE_MAX_LENGTH}
              defaultValue={actionData?.values.note ?? ""}
              aria-invalid={actionData?.fieldErrors?.note ? true : undefined}
              aria-describedby="note-error"
              data-testid="checkout-note"
            />
            <FieldError id="note-error" errors={actionData?.fieldErrors?.note} />
          </label>

          <fieldset className="fieldset">
            <legend>{t("checkout.payment")}</legend>
            <label className="address-choice">
              <input type="radio" name="payment_method" value="on_account" checked readOnly />
              <span>
                <strong>{t("checkout.onAccount")}</strong>
                <br />
                <span className="muted">{t("checkout.onAccountHelp")}</span>
              </span>
            </label>
          </fieldset>

          <div>
            <button
              type="submit"
              className="button button-primary"
              disabled={busy || addresses.length === 0}
              data-testid="checkout-submit"
            >
              {busy ? t("checkout.placing") : t("checkout.placeOrder")}
            </button>
          </div>
        </Form>

        <aside className="card">
          <h2>{t("checkout.summary")}</h2>
          <ul className="summary-lines">
            {(cart.items ?? []).map((item) => (
              <li key={item.id}>
                <span className="mono">{item.variant_sku}</span> × {item.quantity}
                <span className="num">{formatMoney(summary.lineTotals[item.id], cart.currency_code, lang)}</span>
              </li>
            ))}
          </ul>
          <Totals currencyCode={cart.currency_code} summary={summary} />
        </aside>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
