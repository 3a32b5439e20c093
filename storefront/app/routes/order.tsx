import { Link } from "react-router"
import { AddressLines } from "../components/address"
import { Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { Totals } from "../components/totals"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest } from "../lib/buyer.server"
import { MedusaError } from "../lib/medusa.server"
import { formatMoney } from "../lib/money"
import type { Order } from "../lib/types"
import type { Route } from "./+types/order"

const ORDER_FIELDS =
  "id,display_id,created_at,status,total,subtotal,tax_total,shipping_total,currency_code,metadata,*items,*shipping_address,payment_status,fulfillment_status"

export function meta({ matches, data: loaderData }: Route.MetaArgs) {
  return loaderData
    ? metaTitle(matches, "order.title", { number: loaderData.order.display_id })
    : metaTitle(matches, "errors.notFoundTitle")
}

export async function loader({ request, params }: Route.LoaderArgs) {
  try {
    const { order } = await buyerRequest<{ order: Order }>(request, `/store/orders/${encodeURIComponent(params.id)}`, {
      query: { fields: ORDER_FIELDS },
    })
    return { order, placed: new URL(request.url).searchParams.get("placed") === "1" }
  } catch (error) {
    if (error instanceof MedusaError && error.status === 404) throw new Response("Order not found", { status: 404 })
    throw error
  }
}

export default function OrderPage({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { order, placed } = loaderData
  const po = typeof order.metadata?.po_number === "string" ? order.metadata.po_number : ""
  return (
    <>
      {placed ? (
        <Notice kind="success" testId="order-placed">
          {t("order.placed")}
        </Notice>
      ) : null}
      <div className="page-head">
        <h1>
          {t("order.heading")} <span data-testid="order-number">#{order.display_id}</span>
        </h1>
        <Link to="/orders" className="link-muted">
          {t("order.backToOrders")}
        </Link>
      </div>
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
          <dd data-testid="order-status">{tr(`orderStatus.${order.status}`, order.status)}</dd>
          {order.payment_status ? (
            <>
              <dt>{t("order.paymentStatus")}</dt>
              <dd>{tr(`paymentStatus.${order.payment_status}`, order.payment_status)}</dd>
            </>
          ) : null}
          {order.fulfillment_status ? (
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
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th>{t("product.sku")}</th>
              <th>{t("cart.product")}</th>
              <th className="num">{t("cart.unitPrice")}</th>
              <th className="num">{t("product.quantity")}</th>
              <th className="num">{t("cart.lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {(order.items ?? []).map((item) => (
              <tr key={item.id} data-testid="order-line" data-sku={item.variant_sku ?? ""}>
                <td className="mono">{item.variant_sku ?? "—"}</td>
                <td>
                  {item.product_title ?? item.title}
                  {item.variant_title ? <span className="muted"> · {item.variant_title}</span> : null}
                </td>
                <td className="num">{formatMoney(item.unit_price, order.currency_code, lang)}</td>
                <td className="num">{item.quantity}</td>
                <td className="num">{formatMoney(item.subtotal ?? item.total, order.currency_code, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="summary">
        <Totals
          currencyCode={order.currency_code}
          subtotal={order.subtotal}
          shipping={order.shipping_total}
          tax={order.tax_total}
          total={order.total}
        />
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
