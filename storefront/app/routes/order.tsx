import { Link, redirect } from "react-router"
import { AddressLines } from "../components/address"
import { ApprovalHistory, approvalDecisionBody } from "../components/approval-history"
import { Notice } from "../components/form-bits"
import { TaxNote } from "../components/price"
import { RouteErrorBoundary } from "../components/route-error"
import { PaymentStateBadge, ShipmentList, ShippingStateBadge } from "../components/shipments"
import { Totals } from "../components/totals"
import { localizedLineTitle, metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { type ApprovalView, backendAction, loadOr404 } from "../lib/b2b.server"
import { translateBackendMessage } from "../lib/backend-messages"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney, summarize } from "../lib/money"
import { formToObject } from "../lib/schemas"
import type { Order, ShipmentView } from "../lib/types"
import type { Route } from "./+types/order"

export function meta({ matches, data: loaderData }: Route.MetaArgs) {
  return loaderData
    ? metaTitle(matches, "order.title", { number: loaderData.order.display_id })
    : metaTitle(matches, "errors.notFoundTitle")
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const [{ order, approval, shipments }, { role }] = await Promise.all([
    loadOr404<{
      order: Order & { ordo_status: string; placed_by?: string; shipments?: ShipmentView[] }
      approval: ApprovalView | null
      /** ADR 021; absent on a backend without the tracking module. */
      shipments?: ShipmentView[]
    }>(request, `/store/ordo/orders/${encodeURIComponent(params.id)}`),
    buyerRequest<{ role: string }>(request, "/store/ordo/company").catch(() => ({ role: "" })),
  ])
  const url = new URL(request.url)
  // Staff-only fields never reach the buyer's page, whatever the backend sends.
  const tracked = (shipments ?? order.shipments ?? []).map(({ label_url: _label, ...shipment }) => shipment)
  return {
    order: { ...order, shipments: undefined },
    approval,
    role,
    shipments: tracked,
    placed: url.searchParams.get("placed") === "1",
  }
}

/** A company admin decides the approval level waiting for them, right on the order. */
export async function action({ request, params }: Route.ActionArgs) {
  const { id, body } = approvalDecisionBody(formToObject(await request.formData()))
  const r = await backendAction(() =>
    buyerRequest(request, `/store/ordo/approvals/${encodeURIComponent(id)}/decision`, { method: "POST", body }),
  )
  if (!r.ok) return r.response
  return redirect(`/orders/${encodeURIComponent(params.id)}`)
}

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { order, placed, approval, role, shipments } = loaderData
  const summary = summarize(order)
  // Ordo's own states replace Medusa's payment / fulfilment status when the backend sends them.
  const hasStates = Boolean(order.shipping_state || order.payment_state)
  const waitingRole = approval?.levels.find((l) => l.waiting)?.role
  const po = typeof order.metadata?.po_number === "string" ? order.metadata.po_number : ""
  const text = (key: string) => (typeof order.metadata?.[key] === "string" ? (order.metadata[key] as string) : "")
  const deliveryDate = text("requested_delivery_date")
  const note = text("note")
  return (
    <>
      {placed ? (
        <Notice kind="success" testId="order-placed">
          {order.ordo_status === "requires_approval" ? t("order.placedForApproval") : t("order.placed")}
        </Notice>
      ) : null}
      {actionData && "error" in actionData ? (
        <Notice kind="error" testId="order-error">
          {translateBackendMessage(actionData.error, lang)}
        </Notice>
      ) : null}
      <div className="page-head">
        <h1>
          {t("order.heading")} <span data-testid="order-number">#{order.display_id}</span>
        </h1>
        <Link
          to={`/quick-order?reorder=${encodeURIComponent(order.id)}`}
          className="button"
          data-testid="order-reorder"
        >
          {t("orders.reorder")}
        </Link>
        <Link to="/orders" className="link-muted">
          {t("order.backToOrders")}
        </Link>
      </div>
      {hasStates ? (
        <ul className="state-badges" aria-label={t("orders.status")}>
          {order.shipping_state ? (
            <li>
              <span className="muted">{t("order.shippingState")}</span>
              <ShippingStateBadge state={order.shipping_state} testId="order-shipping-state" />
            </li>
          ) : null}
          {order.payment_state ? (
            <li>
              <span className="muted">{t("order.paymentState")}</span>
              <PaymentStateBadge state={order.payment_state} testId="order-payment-state" />
            </li>
          ) : null}
        </ul>
      ) : null}
      <div className="facts">
        <dl>
          <dt>{t("orders.poNumber")}</dt>
          <dd className="mono" data-testid="order-po">
            {po || "—"}
          </dd>
          <dt>{t("orders.date")}</dt>
          <dd>
            {new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(
              new Date(order.created_at),
            )}
          </dd>
          <dt>{t("orders.status")}</dt>
          <dd data-testid="order-status">{tr(`orderStatus.${order.ordo_status}`, order.ordo_status)}</dd>
          {order.placed_by ? (
            <>
              <dt>{t("orders.placedBy")}</dt>
              <dd>{order.placed_by}</dd>
            </>
          ) : null}
          {deliveryDate ? (
            <>
              <dt>{t("order.deliveryDate")}</dt>
              <dd data-testid="order-delivery-date">
                {new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" }).format(
                  new Date(`${deliveryDate}T00:00:00Z`),
                )}
              </dd>
            </>
          ) : null}
          {note ? (
            <>
              <dt>{t("order.note")}</dt>
              <dd data-testid="order-note">{note}</dd>
            </>
          ) : null}
          {order.payment_status && !hasStates ? (
            <>
              <dt>{t("order.paymentStatus")}</dt>
              <dd>{tr(`paymentStatus.${order.payment_status}`, order.payment_status)}</dd>
            </>
          ) : null}
          {order.fulfillment_status && !hasStates ? (
            <>
              <dt>{t("order.fulfillmentStatus")}</dt>
              <dd>{tr(`fulfillmentStatus.${order.fulfillment_status}`, order.fulfillment_status)}</dd>
            </>
          ) : null}
        </dl>
        <div>
          <h2>{t("order.shippingAddress")}</h2>
          {order.shipping_address ? <AddressLines address={order.shipping_address} /> : <p className="muted">—</p>}
        </div>
      </div>
      {hasStates || shipments.length > 0 ? (
        <>
          <ShipmentList shipments={shipments} shareLinks />
          <p className="shipments-track-link">
            <Link to="/track" data-testid="order-track-link">
              {t("track.link")}
            </Link>
          </p>
        </>
      ) : null}
      {approval ? (
        <ApprovalHistory approval={approval} canDecide={role === "admin" && waitingRole === "company_admin"} />
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th>{t("product.sku")}</th>
              <th>{t("cart.product")}</th>
              <th className="num">
                {t("cart.unitPrice")} <TaxNote inclusive={summary.taxIncluded} />
              </th>
              <th className="num">{t("product.quantity")}</th>
              <th className="num">
                {t("cart.lineTotal")} <TaxNote inclusive={summary.taxIncluded} />
              </th>
            </tr>
          </thead>
          <tbody>
            {(order.items ?? []).map((item) => (
              <tr key={item.id} data-testid="order-line" data-sku={item.variant_sku ?? ""}>
                <td data-label={t("product.sku")} className="mono">
                  {item.variant_sku ?? "—"}
                </td>
                <td data-label={t("cart.product")}>
                  {localizedLineTitle(lang, item.product_title ?? item.title, item.title_zh)}
                  {item.variant_title ? <span className="muted"> · {item.variant_title}</span> : null}
                </td>
                <td data-label={t("cart.unitPrice")} className="num" data-testid="unit-price">
                  {formatMoney(item.unit_price, order.currency_code, lang)}
                </td>
                <td data-label={t("product.quantity")} className="num">
                  {item.quantity}
                </td>
                <td data-label={t("cart.lineTotal")} className="num" data-testid="line-total">
                  {formatMoney(summary.lineTotals[item.id], order.currency_code, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="summary">
        <Totals currencyCode={order.currency_code} summary={summary} />
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
