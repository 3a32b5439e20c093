import { Link } from "react-router"
import { RouteErrorBoundary } from "../components/route-error"
import { PaymentStateBadge, ShippingStateBadge } from "../components/shipments"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney } from "../lib/money"
import type { Order } from "../lib/types"
import type { Route } from "./+types/orders"

const PAGE_SIZE = 20

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "orders.title")
}

type CompanyOrder = Order & { ordo_status: string; placed_by?: string }

/** Every order of the buyer's company (one company profile), including those waiting for approval. */
export async function loader({ request }: Route.LoaderArgs) {
  const page = Math.max(1, Math.floor(Number(new URL(request.url).searchParams.get("page")) || 1))
  const { orders: all } = await buyerRequest<{ orders: CompanyOrder[] }>(request, "/store/ordo/orders")
  const orders = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  return { orders, page, pageCount: Math.max(1, Math.ceil(all.length / PAGE_SIZE)) }
}

function poNumberOf(order: Pick<Order, "metadata">): string {
  const po = order.metadata?.po_number
  return typeof po === "string" ? po : ""
}

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { orders, page, pageCount } = loaderData
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: "medium" })
  // An older backend sends no shipping / payment state: no empty columns then.
  const hasStates = orders.some((o) => o.shipping_state || o.payment_state)
  return (
    <>
      <div className="page-head">
        <h1>{t("orders.title")}</h1>
      </div>
      {orders.length === 0 ? (
        <p className="empty" data-testid="orders-empty">
          {t("orders.empty")}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t("orders.number")}</th>
                <th>{t("orders.date")}</th>
                <th>{t("orders.poNumber")}</th>
                <th>{t("orders.placedBy")}</th>
                <th>{t("orders.status")}</th>
                {hasStates ? (
                  <>
                    <th>{t("orders.shippingState")}</th>
                    <th>{t("orders.paymentState")}</th>
                  </>
                ) : null}
                <th className="num">{t("totals.total")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} data-testid="order-row" data-po={poNumberOf(order)}>
                  <td>
                    <Link to={`/orders/${order.id}`}>#{order.display_id}</Link>
                  </td>
                  <td>{dateFormat.format(new Date(order.created_at))}</td>
                  <td className="mono">{poNumberOf(order) || "—"}</td>
                  <td>{order.placed_by ?? ""}</td>
                  <td>
                    <span className={`status status-${order.ordo_status}`} data-testid="order-row-status">
                      {tr(`orderStatus.${order.ordo_status}`, order.ordo_status)}
                    </span>
                  </td>
                  {hasStates ? (
                    <>
                      <td>
                        {order.shipping_state ? (
                          <ShippingStateBadge state={order.shipping_state} testId="order-row-shipping-state" />
                        ) : (
                          "—"
                        )}
                      </td>
                      <td>
                        {order.payment_state ? (
                          <PaymentStateBadge state={order.payment_state} testId="order-row-payment-state" />
                        ) : (
                          "—"
                        )}
                      </td>
                    </>
                  ) : null}
                  <td className="num">{formatMoney(order.total, order.currency_code, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination.label")}>
          {page > 1 ? (
            <Link to={page - 1 > 1 ? `/orders?page=${page - 1}` : "/orders"}>{t("pagination.previous")}</Link>
          ) : (
            <span />
          )}
          <span>{t("pagination.pageOf", { page, pageCount })}</span>
          {page < pageCount ? <Link to={`/orders?page=${page + 1}`}>{t("pagination.next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
