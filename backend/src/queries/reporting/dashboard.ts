import type { MedusaContainer } from "@medusajs/framework/types"
import { comparedMonths, grossProfit, midnightIn, percentChange, winRate } from "../../domain/dashboard"
import { type ReportScope, repFilter, reportScope } from "../../domain/report-scope"
import { dayIn } from "../../domain/sales-rollup"
import { hasRight } from "../../domain/staff-rights"
import { ALERT_MODULE } from "../../modules/alert"
import type AlertModuleService from "../../modules/alert/service"
import { REPORTING_MODULE } from "../../modules/reporting"
import type ReportingModuleService from "../../modules/reporting/service"
import { defaultCurrency } from "../pricing/store-currency"
import { staffRolesOf } from "../staff/roles"
import { levelPage } from "../stock/levels"
import { reportTimeZone } from "./order-facts"

/** Who is asking: a staff user (their roles decide the scope) or a secret API key (the whole business). */
export type Viewer = { actor_id: string; actor_type: string }

/** A viewer's staff roles (a secret API key acts as a manager). */
const viewerRoles = async (container: MedusaContainer, viewer: Viewer): Promise<string[]> =>
  viewer.actor_type === "api-key" ? ["manager"] : staffRolesOf(container, viewer.actor_id)

/** The report scope of a viewer (domain/report-scope.ts). */
export async function viewerScope(container: MedusaContainer, viewer: Viewer): Promise<ReportScope> {
  return reportScope(await viewerRoles(container, viewer), viewer.actor_id)
}

const reporting = (c: MedusaContainer) => c.resolve<ReportingModuleService>(REPORTING_MODULE)
const alerts = (c: MedusaContainer) => c.resolve<AlertModuleService>(ALERT_MODULE)

/** The admin page behind an alert's subject. */
export const alertLink = (a: { kind: string; subject_id: string }) =>
  a.kind === "product_order_drop" ? `/products/${a.subject_id}` : `/companies/${a.subject_id}`

/** Open (not dismissed) alerts a scope may see: the whole business all, a rep their customers', warehouse none. */
export async function openAlerts(container: MedusaContainer, scope: ReportScope, take = 20) {
  if (!scope.sales) return []
  const rows = await alerts(container).listAlerts(
    { dismissed_at: null, ...(scope.rep_id !== null ? { rep_id: scope.rep_id } : {}) } as any,
    { order: { created_at: "DESC" }, take },
  )
  return rows.map((a: any) => ({
    id: a.id as string,
    kind: a.kind as string,
    subject_id: a.subject_id as string,
    subject_label: a.subject_label as string,
    details: a.details as Record<string, unknown>,
    created_at: a.created_at as Date,
    link: alertLink(a),
  }))
}

/**
 * The admin home's figures for one currency, as far as the viewer's scope allows: orders
 * waiting (approval, payment, shipment), received this month, overdue now, sales / cost / gross
 * profit this month against last month and the same month last year, quotes, top customers and
 * products, low stock and open alerts. Each figure carries the admin link of the list behind it.
 * Everything is read from rollups and indexes (modules/reporting/dashboard.ts).
 */
export async function dashboard(
  container: MedusaContainer,
  input: { viewer: Viewer; currency?: string; rep?: string | null; now?: Date },
) {
  const roles = await viewerRoles(container, input.viewer)
  const scope = reportScope(roles, input.viewer.actor_id)
  const rep_id = repFilter(scope, input.rep)
  const currency_code = (input.currency || (await defaultCurrency(container))).toLowerCase()
  const now = input.now ?? new Date()
  const tz = reportTimeZone()
  const today = dayIn(now, tz)
  const months = comparedMonths(today)
  const f = { currency_code, rep_id }
  const svc = reporting(container)
  const since = new Date(now.getTime() - 90 * 86400_000).toISOString()

  const [shipment, lowStock] = await Promise.all([
    svc.waitingShipment(f),
    levelPage(container, { low: true, limit: 1, offset: 0 }),
  ])
  const base = {
    currency: currency_code,
    today,
    months,
    scope: { rep_id, sales: scope.sales, manage_alerts: hasRight(roles, "settings") },
    low_stock: { count: lowStock.count, link: "/stock?tab=low" },
    waiting_shipment: {
      count: shipment.count,
      amount: scope.sales ? shipment.amount : null,
      link: "/order-desk?shipping=not_shipped",
    },
  }
  if (!scope.sales) {
    return { ...base, currencies: [currency_code], sales: null, alerts: [] }
  }

  const [currencies, sales, approval, payment, received, overdue, quotes, customers, products, open] =
    await Promise.all([
      svc.salesCurrencies(),
      svc.dashboardSales({ ...f, months: [months.current, months.previous, months.lastYear] }),
      svc.waitingApprovals(f),
      svc.waitingPayment(f),
      svc.receivedBetween({ ...f, from: midnightIn(months.current, tz), to: midnightIn(months.next, tz) }),
      svc.overdueNow({ ...f, now: now.toISOString() }),
      svc.quoteSummary({ ...f, since }),
      svc.topCustomers({ ...f, month: months.current }),
      svc.topProducts({ ...f, month: months.current }),
      openAlerts(container, { ...scope, rep_id }),
    ])
  const month = (m: (typeof sales)[number], to: string) => ({
    ...m,
    ...grossProfit(m.net_amount, m.cost_amount),
    link: `/order-desk?from=${m.month}&to=${to}`,
  })
  const lastDay = (first: string) => {
    const d = new Date(`${first}T00:00:00Z`)
    d.setUTCMonth(d.getUTCMonth() + 1, 0)
    return d.toISOString().slice(0, 10)
  }
  const [cur, prev, lastYear] = [
    month(sales[0], today),
    month(sales[1], lastDay(sales[1].month)),
    month(sales[2], lastDay(sales[2].month)),
  ]
  return {
    ...base,
    currencies: [...new Set([currency_code, ...currencies])].sort(),
    waiting_approval: { ...approval, link: "/order-desk?status=requires_approval" },
    waiting_payment: { ...payment, link: "/order-desk?payment=unpaid" },
    received_this_month: { ...received, link: "/receivables" },
    overdue_now: { ...overdue, link: "/order-desk?payment=overdue" },
    sales: {
      current: cur,
      previous: prev,
      last_year: lastYear,
      vs_previous: {
        net_amount: percentChange(cur.net_amount, prev.net_amount),
        profit: percentChange(cur.profit, prev.profit),
      },
      vs_last_year: {
        net_amount: percentChange(cur.net_amount, lastYear.net_amount),
        profit: percentChange(cur.profit, lastYear.profit),
      },
    },
    quotes: { ...quotes, win_rate: winRate(quotes.won, quotes.lost), link: "/quotes?status=sent" },
    top_customers: customers.map((c) => ({ ...c, link: `/companies/${c.company_id}` })),
    top_products: products.map((p) => ({ ...p, link: `/products/${p.product_id}` })),
    alerts: open,
  }
}
