import { Form, Link } from "react-router"
import { RouteErrorBoundary } from "../components/route-error"
import { PaymentStateBadge, ShippingStateBadge } from "../components/shipments"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney } from "../lib/money"
import type { Order } from "../lib/types"
import type { Route } from "./+types/orders"

/** The order history's filters, as the URL carries them (and the backend reads them). */
const FILTERS = ["q", "status", "from", "to"] as const
export const ORDER_FILTER_STATUSES = ["requires_approval", "rejected", "pending", "completed", "canceled"] as const

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "orders.title")
}

type CompanyOrder = Order & { ordo_status: string; placed_by?: string }

/**
 * Every order of the buyer's company (one company profile), including those waiting for approval:
 * found by order or PO number, status and period, 20 a page — the backend filters and pages.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const page = Math.max(1, Math.floor(Number(url.searchParams.get("page")) || 1))
  const filters: Record<string, string> = {}
  for (const k of FILTERS) {
    const v = url.searchParams.get(k)?.trim()
    if (v) filters[k] = v
  }
  if (filters.status && !(ORDER_FILTER_STATUSES as readonly string[]).includes(filters.status)) delete filters.status
  for (const k of ["from", "to"] as const) if (filters[k] && !/^\d{4}-\d{2}-\d{2}$/.test(filters[k])) delete filters[k]
  const { orders, count, page_size } = await buyerRequest<{
    orders: CompanyOrder[]
    count?: number
    page_size?: number
  }>(request, "/store/ordo/orders", { query: { ...filters, page } })
  const total = count ?? orders.length
  return { orders, page, count: total, filters, pageCount: Math.max(1, Math.ceil(total / (page_size ?? 20))) }
}

/** The list's URL for another page, keeping the filters. */
function pageUrl(filters: Record<string, string>, page: number) {
  const p = new URLSearchParams(filters)
  if (page > 1) p.set("page", String(page))
  const qs = p.toString()
  return qs ? `/orders?${qs}` : "/orders"
}

function poNumberOf(order: Pick<Order, "metadata">): string {
  const po = order.metadata?.po_number
  return typeof po === "string" ? po : ""
}

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { orders, page, pageCount, filters, count } = loaderData
  const filtered = Object.keys(filters).length > 0
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: "medium" })
  // An older backend sends no shipping / payment state: no empty columns then.
  const hasStates = orders.some((o) => o.shipping_state || o.payment_state)
  return (
    <>
      <div className="page-head">
        <h1>{t("orders.title")}</h1>
        <p className="muted" data-testid="orders-count">
          {count === 1 ? t("orders.countOne") : t("orders.count", { count })}
        </p>
      </div>
      <Form method="get" className="filters" role="search" data-testid="orders-filters">
        <label className="field field-inline">
          <span>{t("orders.search")}</span>
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            placeholder={t("orders.searchPlaceholder")}
            data-testid="orders-search"
          />
        </label>
        <label className="field field-inline">
          <span>{t("orders.status")}</span>
          <select name="status" defaultValue={filters.status ?? ""} data-testid="orders-status">
            <option value="">{t("orders.anyStatus")}</option>
            {ORDER_FILTER_STATUSES.map((st) => (
              <option key={st} value={st}>
                {tr(`orderStatus.${st}`, st)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span>{t("orders.from")}</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} data-testid="orders-from" />
        </label>
        <label className="field field-inline">
          <span>{t("orders.to")}</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} data-testid="orders-to" />
        </label>
        <button type="submit" className="button" data-testid="orders-apply">
          {t("catalog.apply")}
        </button>
        {filtered ? (
          <Link to="/orders" className="link-muted">
            {t("catalog.clear")}
          </Link>
        ) : null}
      </Form>
      {orders.length === 0 ? (
        <p className="empty" data-testid="orders-empty">
          {filtered ? t("orders.noneFound") : t("orders.empty")}
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
                <th>
                  <span className="sr-only">{t("orders.reorder")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} data-testid="order-row" data-po={poNumberOf(order)}>
                  <td data-label={t("orders.number")}>
                    <Link to={`/orders/${order.id}`}>#{order.display_id}</Link>
                  </td>
                  <td data-label={t("orders.date")}>{dateFormat.format(new Date(order.created_at))}</td>
                  <td data-label={t("orders.poNumber")} className="mono">
                    {poNumberOf(order) || "—"}
                  </td>
                  <td data-label={t("orders.placedBy")}>{order.placed_by ?? ""}</td>
                  <td data-label={t("orders.status")}>
                    <span className={`status status-${order.ordo_status}`} data-testid="order-row-status">
                      {tr(`orderStatus.${order.ordo_status}`, order.ordo_status)}
                    </span>
                  </td>
                  {hasStates ? (
                    <>
                      <td data-label={t("orders.shippingState")}>
                        {order.shipping_state ? (
                          <ShippingStateBadge state={order.shipping_state} testId="order-row-shipping-state" />
                        ) : (
                          "—"
                        )}
                      </td>
                      <td data-label={t("orders.paymentState")}>
                        {order.payment_state ? (
                          <PaymentStateBadge state={order.payment_state} testId="order-row-payment-state" />
                        ) : (
                          "—"
                        )}
                      </td>
                    </>
                  ) : null}
                  <td data-label={t("totals.total")} className="num">
                    {formatMoney(order.total, order.currency_code, lang)}
                  </td>
                  <td>
                    <Link to={`/quick-order?reorder=${encodeURIComponent(order.id)}`} data-testid="order-row-reorder">
                      {t("orders.reorder")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination.label")}>
          {page > 1 ? <Link to={pageUrl(filters, page - 1)}>{t("pagination.previous")}</Link> : <span />}
          <span>{t("pagination.pageOf", { page, pageCount })}</span>
          {page < pageCount ? <Link to={pageUrl(filters, page + 1)}>{t("pagination.next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
