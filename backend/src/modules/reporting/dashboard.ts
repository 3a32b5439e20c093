/**
 * The dashboard's and the alerts' SQL, read by ReportingModuleService. Every query reads a
 * rollup or an index made for it (see Migration20261202060000), never Medusa's order tables,
 * so the dashboard answers in milliseconds at a million orders.
 *
 * `rep_id`: null for the whole business; else only that rep's customers: the rep recorded on
 * the sales facts, and `company.sales_rep_id` for invoices, payments, approvals and quotes.
 */

import { ALL_REPS } from "../../domain/sales-rollup"

export type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type DashboardFilters = { currency_code: string; rep_id: string | null }
export type Amounts = { count: number; amount: string }

/** `and <col> = ?` when scoped to a rep, with its parameter. */
const repClause = (column: string, rep: string | null) =>
  rep === null ? { sql: "", params: [] as unknown[] } : { sql: ` and ${column} = ?`, params: [rep] as unknown[] }

/** The companies a rep owns, for tables that know only the company. */
const companyOfRep = (column: string, rep: string | null) =>
  rep === null
    ? { sql: "", params: [] as unknown[] }
    : {
        sql: ` and ${column} in (select id from company where sales_rep_id = ? and deleted_at is null)`,
        params: [rep] as unknown[],
      }

const amounts = (row: any): Amounts => ({ count: Number(row?.count ?? 0), amount: String(row?.amount ?? "0") })

/** Sales, cost of goods and orders of whole months (first days, YYYY-MM-DD), from sales_month. */
export async function dashboardSales(m: Manager, f: DashboardFilters & { months: string[] }) {
  const rep = repClause("rep_id", f.rep_id)
  const rows = await m.execute(
    `select to_char(month, 'YYYY-MM-DD') as month, sum(orders)::int as orders,
            sum(net_amount)::text as net_amount, sum(cost_amount)::text as cost_amount
       from sales_month
      where currency_code = ? and category_id = '*' and month in (select jsonb_array_elements_text(?::jsonb)::date)${rep.sql}
      group by month`,
    [f.currency_code, JSON.stringify(f.months), ...rep.params],
  )
  return f.months.map((month) => {
    const r = rows.find((x) => x.month === month)
    return {
      month,
      orders: Number(r?.orders ?? 0),
      net_amount: String(r?.net_amount ?? "0"),
      cost_amount: String(r?.cost_amount ?? "0"),
    }
  })
}

/** The month's best customers by net sales, from customer_month. */
export async function topCustomers(m: Manager, f: DashboardFilters & { month: string; limit?: number }) {
  const rep = repClause("cm.rep_id", f.rep_id)
  const rows = await m.execute(
    `select cm.company_id, coalesce(c.legal_name, cm.company_id) as name, sum(cm.orders)::int as orders,
            sum(cm.net_amount)::text as net_amount, sum(cm.cost_amount)::text as cost_amount
       from customer_month cm left join company c on c.id = cm.company_id
      where cm.currency_code = ? and cm.month = ?::date and cm.company_id <> ''${rep.sql}
      group by cm.company_id, c.legal_name
     having sum(cm.orders) > 0
      order by sum(cm.net_amount) desc, cm.company_id
      limit ?`,
    [f.currency_code, f.month, ...rep.params, f.limit ?? 5],
  )
  return rows.map((r) => ({ ...r, orders: Number(r.orders) })) as {
    company_id: string
    name: string
    orders: number
    net_amount: string
    cost_amount: string
  }[]
}

/** The month's best products by net sales, from product_month. */
export async function topProducts(m: Manager, f: DashboardFilters & { month: string; limit?: number }) {
  // Product rows exist per rep and once for all reps together (ALL_REPS): read exactly one of them.
  const rep = repClause("pm.rep_id", f.rep_id ?? ALL_REPS)
  const rows = await m.execute(
    `select pm.product_id, coalesce(p.title, pm.product_id) as title, sum(pm.orders)::int as orders,
            sum(pm.quantity)::int as quantity, sum(pm.net_amount)::text as net_amount
       from product_month pm left join product p on p.id = pm.product_id
      where pm.currency_code = ? and pm.month = ?::date and pm.product_id <> ''${rep.sql}
      group by pm.product_id, p.title
     having sum(pm.orders) > 0
      order by sum(pm.net_amount) desc, pm.product_id
      limit ?`,
    [f.currency_code, f.month, ...rep.params, f.limit ?? 5],
  )
  return rows.map((r) => ({ ...r, orders: Number(r.orders), quantity: Number(r.quantity) })) as {
    product_id: string
    title: string
    orders: number
    quantity: number
    net_amount: string
  }[]
}

/** Payments received in [from, to) (not reversed): how many and how much. */
export async function receivedBetween(m: Manager, f: DashboardFilters & { from: string; to: string }) {
  const rep = companyOfRep("company_id", f.rep_id)
  const [row] = await m.execute(
    `select count(*)::int as count, coalesce(sum(amount), 0)::text as amount
       from payment_record
      where currency_code = ? and received_at >= ?::timestamptz and received_at < ?::timestamptz
        and reversed_at is null and deleted_at is null${rep.sql}`,
    [f.currency_code, f.from, f.to, ...rep.params],
  )
  return amounts(row)
}

const OPEN_INVOICE = "status in ('issued', 'partially_paid') and kind <> 'credit_note' and deleted_at is null"

/** Open invoices past their due date at `now`: how many and the balance still owed. */
export async function overdueNow(m: Manager, f: DashboardFilters & { now: string }) {
  const rep = companyOfRep("company_id", f.rep_id)
  const [row] = await m.execute(
    `select count(*)::int as count, coalesce(sum(total - paid_total), 0)::text as amount
       from invoice where currency_code = ? and ${OPEN_INVOICE} and due_at < ?::timestamptz${rep.sql}`,
    [f.currency_code, f.now, ...rep.params],
  )
  return amounts(row)
}

/** Every open invoice (waiting for payment): how many and the balance owed. */
export async function waitingPayment(m: Manager, f: DashboardFilters) {
  const rep = companyOfRep("company_id", f.rep_id)
  const [row] = await m.execute(
    `select count(*)::int as count, coalesce(sum(total - paid_total), 0)::text as amount
       from invoice where currency_code = ? and ${OPEN_INVOICE}${rep.sql}`,
    [f.currency_code, ...rep.params],
  )
  return amounts(row)
}

/** Orders waiting for approval: how many and their totals. */
export async function waitingApprovals(m: Manager, f: DashboardFilters) {
  const rep = companyOfRep("company_id", f.rep_id)
  const [row] = await m.execute(
    `select count(*)::int as count, coalesce(sum(order_total), 0)::text as amount
       from approval_request where currency_code = ? and status = 'pending' and deleted_at is null${rep.sql}`,
    [f.currency_code, ...rep.params],
  )
  return amounts(row)
}

/** Placed orders not fully shipped: how many and their net amount. */
export async function waitingShipment(m: Manager, f: DashboardFilters) {
  const rep = repClause("rep_id", f.rep_id)
  const [row] = await m.execute(
    `select count(*)::int as count, coalesce(sum(net_amount), 0)::text as amount
       from sales_order_fact where currency_code = ? and not shipped${rep.sql}`,
    [f.currency_code, ...rep.params],
  )
  return amounts(row)
}

/**
 * Quotes: open now (asked for or sent, not decided), and of those decided since `since`, how
 * many were won (accepted or ordered) against lost (rejected or expired).
 */
export async function quoteSummary(m: Manager, f: DashboardFilters & { since: string }) {
  const rep = companyOfRep("company_id", f.rep_id)
  const [row] = await m.execute(
    `select count(*) filter (where status in ('draft', 'sent'))::int as open,
            count(*) filter (where status in ('accepted', 'ordered') and coalesce(decided_at, updated_at) >= ?::timestamptz)::int as won,
            count(*) filter (where status in ('rejected', 'expired') and coalesce(decided_at, updated_at) >= ?::timestamptz)::int as lost
       from quote where currency_code = ? and deleted_at is null${rep.sql}`,
    [f.since, f.since, f.currency_code, ...rep.params],
  )
  return { open: Number(row?.open ?? 0), won: Number(row?.won ?? 0), lost: Number(row?.lost ?? 0) }
}

/** Currencies the business has sold in (for the dashboard's currency switch). */
export async function salesCurrencies(m: Manager) {
  const rows = await m.execute("select distinct currency_code from sales_month order by currency_code")
  return rows.map((r) => r.currency_code as string)
}

export type AlertRules = { threshold_percent: number; period_days: number; min_orders: number }

/**
 * Products ordered at least `threshold_percent` less in the last `period_days` (to `today`,
 * inclusive) than in the period before, among those with `min_orders` or more orders then; from
 * product_day. `bucket_end` is the end of the period-long bucket today falls in, so a drop is
 * raised once per period however often the detection runs.
 */
export async function productOrderDrops(m: Manager, f: AlertRules & { today: string }) {
  return (await m.execute(
    `with w as (
       select pd.product_id,
              sum(pd.orders) filter (where pd.day > ?::date - ?::int)::int as current,
              sum(pd.orders) filter (where pd.day <= ?::date - ?::int)::int as previous
         from product_day pd
        where pd.day > ?::date - 2 * ?::int and pd.day <= ?::date and pd.product_id <> '' and pd.rep_id = '${ALL_REPS}'
        group by pd.product_id)
     select w.product_id, coalesce(p.title, w.product_id) as title, coalesce(w.current, 0) as current,
            coalesce(w.previous, 0) as previous,
            to_char(date '1970-01-01' + ((?::date - date '1970-01-01') / ?::int + 1) * ?::int - 1, 'YYYY-MM-DD') as bucket_end
       from w left join product p on p.id = w.product_id
      where coalesce(w.previous, 0) >= ?
        and coalesce(w.current, 0) * 100 <= coalesce(w.previous, 0) * (100 - ?::numeric)
      order by w.product_id`,
    [
      f.today,
      f.period_days,
      f.today,
      f.period_days,
      f.today,
      f.period_days,
      f.today,
      f.today,
      f.period_days,
      f.period_days,
      f.min_orders,
      f.threshold_percent,
    ],
  )) as { product_id: string; title: string; current: number; previous: number; bucket_end: string }[]
}

/**
 * Companies ordering markedly less often than usual: at least 4 order days in the 180 days to
 * `today`, and more than twice their median gap between order days since the last one; from
 * sales_order_fact's (company_id, day) index.
 */
export async function customerCadenceDrops(m: Manager, f: { today: string }) {
  return (await m.execute(
    `with days as (
       select distinct company_id, day from sales_order_fact
        where company_id <> '' and day > ?::date - 180 and day <= ?::date),
     gaps as (
       select company_id, day, day - lag(day) over (partition by company_id order by day) as gap from days),
     usual as (
       select company_id, count(*)::int as order_days, max(day) as last_day,
              percentile_cont(0.5) within group (order by gap) filter (where gap is not null) as median_gap
         from gaps group by company_id)
     select u.company_id, coalesce(c.legal_name, u.company_id) as name, coalesce(c.sales_rep_id, '') as rep_id,
            u.order_days, to_char(u.last_day, 'YYYY-MM-DD') as last_day, u.median_gap::float8 as median_gap,
            (?::date - u.last_day)::int as days_since
       from usual u left join company c on c.id = u.company_id
      where u.order_days >= 4 and u.median_gap > 0 and (?::date - u.last_day) > 2 * u.median_gap
      order by u.company_id`,
    [f.today, f.today, f.today, f.today],
  )) as {
    company_id: string
    name: string
    rep_id: string
    order_days: number
    last_day: string
    median_gap: number
    days_since: number
  }[]
}
