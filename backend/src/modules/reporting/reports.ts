/**
 * The SQL of every report and dashboard figure, as plain builders: each returns the statement
 * (knex-style `?` placeholders) and its parameters. The reporting service runs them in its
 * transaction; `npm run bench -- --reports` runs the very same builders against a 1M-order
 * database, so what is timed is what the screens read. No imports: the bench loads this file
 * from the build without booting Medusa.
 *
 * Sales figures read the rollups (sales_day, sales_month, product_day, product_month,
 * customer_month), never the facts or Medusa's order tables. Receivables figures read the
 * invoice module's tables (invoice, payment_record, payment_allocation) through their indexes,
 * read-only; names (products, categories, channels, reps, companies) are joined after the
 * aggregation, on at most a page of rows.
 *
 * Money leaves as decimal text (`::text`), counts as integers; margin % and average order are
 * rounded in SQL (1 and 2 places).
 */
export type Statement = { sql: string; params: unknown[] }

/** Product rollup rows for all reps together (domain/sales-rollup.ts ALL_REPS; no import, see above). */
const ALL_REPS = "*"

export type SalesFilters = {
  currency: string
  /** First and last calendar day, inclusive (YYYY-MM-DD). */
  from: string
  to: string
  category?: string | null
  region?: string | null
  channel?: string | null
  /** Sales rep (admin user id); "" = customers without a rep. */
  rep?: string | null
}

export type Period = "day" | "week" | "month"
export type Dimension = "category" | "region" | "channel" | "rep"

const DIMENSION_COLUMN: Record<Dimension, string> = {
  category: "category_id",
  region: "region",
  channel: "channel_id",
  rep: "rep_id",
}

/** Sums every sales figure: net, cost, gross profit, margin %, orders, quantity, average order. */
const SALES_FIGURES = `coalesce(sum(orders), 0)::int as orders, coalesce(sum(quantity), 0)::bigint as quantity,
  coalesce(sum(net_amount), 0)::text as net_amount, coalesce(sum(cost_amount), 0)::text as cost_amount,
  coalesce(sum(net_amount) - sum(cost_amount), 0)::text as profit,
  case when coalesce(sum(net_amount), 0) = 0 then null else round((sum(net_amount) - sum(cost_amount)) * 100 / sum(net_amount), 1)::text end as margin,
  case when coalesce(sum(orders), 0) = 0 then null else round(sum(net_amount) / sum(orders), 2)::text end as average_order`

/** The dimension filters shared by the sales rollups (currency and period are added by the caller). */
function dimensionWhere(f: SalesFilters, opts: { categoryRows: boolean }) {
  const where: string[] = []
  const params: unknown[] = []
  if (opts.categoryRows) {
    if (f.category) {
      where.push("category_id = ?")
      params.push(f.category)
    } else where.push("category_id <> '*'")
  } else {
    where.push("category_id = ?")
    params.push(f.category || "*")
  }
  for (const [key, column] of [
    ["region", "region"],
    ["channel", "channel_id"],
    ["rep", "rep_id"],
  ] as const) {
    const value = f[key]
    if (value === null || value === undefined) continue
    where.push(`${column} = ?`)
    params.push(value)
  }
  return { where, params }
}

/** The rollup a period reads and its date column: whole months from sales_month, days and weeks from sales_day. */
const salesTable = (period: Period) =>
  period === "month" ? { table: "sales_month", column: "month" } : { table: "sales_day", column: "day" }

/**
 * Sales per period bucket (day, ISO week starting Monday, or month) with the period's total as
 * the row whose `period` is null. For months `from`/`to` must be whole months (the caller snaps them).
 */
export function salesSeries(f: SalesFilters, period: Period): Statement {
  const { table, column } = salesTable(period)
  const bucket = period === "week" ? `date_trunc('week', ${column})::date` : column
  const dims = dimensionWhere(f, { categoryRows: false })
  return {
    sql: `select to_char(${bucket}, 'YYYY-MM-DD') as period, ${SALES_FIGURES}
            from ${table}
           where currency_code = ? and ${column} between ?::date and ?::date and ${dims.where.join(" and ")}
           group by grouping sets ((${bucket}), ())
           order by ${bucket} nulls last`,
    params: [f.currency, f.from, f.to, ...dims.params],
  }
}

/** Sales for the period per value of one dimension, biggest first, each with its name. */
export function salesBreakdown(f: SalesFilters, period: Period, by: Dimension): Statement {
  const { table, column } = salesTable(period)
  const dims = dimensionWhere(f, { categoryRows: by === "category" })
  const key = DIMENSION_COLUMN[by]
  const label =
    by === "category"
      ? "(select c.name from product_category c where c.id = s.key)"
      : by === "channel"
        ? "(select c.name from sales_channel c where c.id = s.key)"
        : by === "rep"
          ? `(select nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '') from "user" u where u.id = s.key)`
          : "null"
  return {
    sql: `select s.*, coalesce(${label}, s.key) as label from (
            select ${key} as key, ${SALES_FIGURES}
              from ${table}
             where currency_code = ? and ${column} between ?::date and ?::date and ${dims.where.join(" and ")}
             group by ${key}
          ) s order by s.net_amount::numeric desc, s.key`,
    params: [f.currency, f.from, f.to, ...dims.params],
  }
}

/** A product's sales per day for the 30 days ending `to` (days without sales included, at zero). */
export function productTrend(f: { currency: string; product_id: string; to: string; rep?: string | null }): Statement {
  const rep = " and p.rep_id = ?"
  return {
    sql: `select to_char(d.day, 'YYYY-MM-DD') as day, coalesce(sum(p.orders), 0)::int as orders,
                 coalesce(sum(p.quantity), 0)::bigint as quantity, coalesce(sum(p.net_amount), 0)::text as net_amount,
                 coalesce(sum(p.cost_amount), 0)::text as cost_amount
            from (select generate_series(?::date - 29, ?::date, interval '1 day')::date as day) d
            left join product_day p on p.product_id = ? and p.currency_code = ? and p.day = d.day${rep}
           group by d.day order by d.day`,
    params: [f.to, f.to, f.product_id, f.currency, f.rep ?? ALL_REPS],
  }
}

export type ProductFilters = {
  currency: string
  from: string
  to: string
  category?: string | null
  rep?: string | null
  /** Whole months can be read from product_month (12× fewer rows); otherwise product_day. */
  wholeMonths: boolean
  limit: number
}

function productSales(f: ProductFilters) {
  const [table, column] = f.wholeMonths ? ["product_month", "month"] : ["product_day", "day"]
  const where = ["currency_code = ?", `${column} between ?::date and ?::date`]
  const params: unknown[] = [f.currency, f.from, f.to]
  if (f.category) {
    where.push("category_id = ?")
    params.push(f.category)
  }
  // Without a rep filter, the all-reps rows: one per product and period.
  where.push("rep_id = ?")
  params.push(f.rep ?? ALL_REPS)
  return {
    sql: `select product_id, max(category_id) as category_id, sum(orders)::int as orders, sum(quantity)::bigint as quantity,
                 sum(net_amount) as net, sum(cost_amount) as cost
            from ${table} where ${where.join(" and ")} group by product_id`,
    params,
  }
}

const PRODUCT_COLUMNS = `p.title, s.category_id, (select c.name from product_category c where c.id = s.category_id) as category`

/** The best sellers of the period by net sales. */
export function bestSellers(f: ProductFilters): Statement {
  const s = productSales(f)
  return {
    sql: `select s.product_id, ${PRODUCT_COLUMNS}, s.orders, s.quantity, s.net::text as net_amount, s.cost::text as cost_amount,
                 (s.net - s.cost)::text as profit
            from (${s.sql} order by sum(net_amount) desc, product_id limit ?) s
            left join product p on p.id = s.product_id
           order by s.net desc, s.product_id`,
    params: [...s.params, f.limit],
  }
}

/**
 * The slow sellers of the period: published products by net sales, lowest first, those that
 * sold nothing included (from Medusa's product table: a few thousand rows, joined to the
 * period's product sums).
 */
export function slowSellers(f: ProductFilters): Statement {
  const s = productSales(f)
  const category = f.category
    ? " and exists (select 1 from product_category_product pc where pc.product_id = p.id and pc.product_category_id = ?)"
    : ""
  return {
    sql: `select p.id as product_id, p.title, x.category_id,
                 (select c.name from product_category c where c.id = x.category_id) as category,
                 coalesce(s.orders, 0) as orders, coalesce(s.quantity, 0)::bigint as quantity,
                 coalesce(s.net, 0)::text as net_amount, coalesce(s.cost, 0)::text as cost_amount,
                 (coalesce(s.net, 0) - coalesce(s.cost, 0))::text as profit
            from product p left join (${s.sql}) s on s.product_id = p.id
            cross join lateral (select coalesce(s.category_id, ?, (select min(pc.product_category_id) from product_category_product pc
                                 where pc.product_id = p.id)) as category_id) x
           where p.status = 'published' and p.deleted_at is null${category}
           order by coalesce(s.net, 0), coalesce(s.quantity, 0), p.id limit ?`,
    params: [...s.params, f.category ?? null, ...(category ? [f.category] : []), f.limit],
  }
}

/**
 * Per region (of the invoice's order), the invoices issued in whole months [from, to] (first
 * days): invoiced, paid, paid by the due date, and the rates; the total as the row whose region
 * is null. Read from the payment_month rollup (rollups.ts).
 */
export function paymentsByRegion(f: {
  currency: string
  from: string
  to: string
  region?: string | null
  rep?: string | null
}): Statement {
  const where = ["currency_code = ?", "month between ?::date and ?::date"]
  const params: unknown[] = [f.currency, f.from, f.to]
  if (f.region !== null && f.region !== undefined) {
    where.push("region = ?")
    params.push(f.region)
  }
  if (f.rep !== null && f.rep !== undefined) {
    where.push("rep_id = ?")
    params.push(f.rep)
  }
  return {
    sql: `select region, coalesce(sum(invoices), 0)::int as invoices, coalesce(sum(invoiced), 0)::text as invoiced,
                 coalesce(sum(paid), 0)::text as paid, coalesce(sum(paid_on_time), 0)::text as paid_on_time,
                 case when coalesce(sum(invoiced), 0) = 0 then null else round(sum(paid) * 100 / sum(invoiced), 1)::text end as paid_rate,
                 case when coalesce(sum(invoiced), 0) = 0 then null else round(sum(paid_on_time) * 100 / sum(invoiced), 1)::text end as on_time_rate
            from payment_month
           where ${where.join(" and ")}
           group by grouping sets ((region), ())
           order by region nulls last`,
    params,
  }
}

/** Open invoices (issued or part-paid, credit notes aside) of the company's rep's customers, by rep. */
const OPEN_INVOICE = "i.deleted_at is null and i.status in ('issued', 'partially_paid') and i.kind <> 'credit_note'"

/**
 * Per sales rep (the rep who owns the customer now): open and overdue balance; the total as
 * rep_id null. Open invoices are summed per company first (one pass over the open-invoice index),
 * then per rep over the few thousand companies.
 */
export function receivablesByRep(f: { currency: string; rep?: string | null }): Statement {
  const params: unknown[] = [f.currency]
  let rep = ""
  if (f.rep !== null && f.rep !== undefined) {
    rep = " where coalesce(c.sales_rep_id, '') = ?"
    params.push(f.rep)
  }
  return {
    sql: `select r.*, (select nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '') from "user" u where u.id = r.rep_id) as rep_name,
                 (select u.email from "user" u where u.id = r.rep_id) as rep_email
            from (
              select case when grouping(coalesce(c.sales_rep_id, '')) = 1 then null else coalesce(c.sales_rep_id, '') end as rep_id,
                     count(*)::int as customers, sum(x.invoices)::int as invoices, sum(x.open)::text as open_balance,
                     sum(x.overdue)::text as overdue_balance, sum(x.overdue_invoices)::int as overdue_invoices
                from (select i.company_id, count(*) as invoices, sum(i.total - i.paid_total) as open,
                             coalesce(sum(i.total - i.paid_total) filter (where i.due_at < now()), 0) as overdue,
                             count(*) filter (where i.due_at < now()) as overdue_invoices
                        from invoice i
                       where ${OPEN_INVOICE} and i.currency_code = ?
                       group by i.company_id) x
                join company c on c.id = x.company_id${rep}
               group by grouping sets ((coalesce(c.sales_rep_id, '')), ())
            ) r
           order by r.rep_id is null, r.open_balance::numeric desc nulls last, r.rep_id`,
    params,
  }
}
