/**
 * Full recomputation of the rollups from the facts, set-based. No imports: the bench loader
 * (scripts/bench/generate-orders.mjs) runs it from the build without booting Medusa.
 */
const SALES_DIMS = "currency_code, channel_id, region, rep_id"

export const REBUILD_SQL = [
  "truncate sales_day, sales_month, product_day, product_month, customer_month",
  `insert into sales_day (${SALES_DIMS}, day, category_id, orders, quantity, net_amount, cost_amount)
   select ${SALES_DIMS}, day, coalesce(category_id, '*'), count(distinct order_id), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_line_fact group by grouping sets ((${SALES_DIMS}, day, category_id), (${SALES_DIMS}, day))`,
  `insert into sales_month (${SALES_DIMS}, month, category_id, orders, quantity, net_amount, cost_amount)
   select ${SALES_DIMS}, date_trunc('month', day)::date, category_id, sum(orders), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_day group by ${SALES_DIMS}, date_trunc('month', day), category_id`,
  // Per rep, and once more for all reps together (rep_id '*', see ALL_REPS).
  `insert into product_day (currency_code, day, product_id, rep_id, category_id, orders, quantity, net_amount, cost_amount)
   select currency_code, day, product_id, coalesce(rep_id, '*'), min(category_id), count(distinct order_id), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_line_fact group by grouping sets ((currency_code, day, product_id, rep_id), (currency_code, day, product_id))`,
  `insert into product_month (currency_code, month, product_id, rep_id, category_id, orders, quantity, net_amount, cost_amount)
   select currency_code, date_trunc('month', day)::date, product_id, rep_id, min(category_id), sum(orders), sum(quantity), sum(net_amount), sum(cost_amount)
     from product_day group by currency_code, date_trunc('month', day), product_id, rep_id`,
  `insert into customer_month (currency_code, month, company_id, rep_id, orders, quantity, net_amount, cost_amount)
   select currency_code, date_trunc('month', day)::date, company_id, rep_id, count(*), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_order_fact group by currency_code, date_trunc('month', day), company_id, rep_id`,
]

/**
 * The invoices of an issue month per region and rep (of the invoice's order): how many, invoiced,
 * paid, and paid by the due date. Recomputed per month from the invoice module's tables, never
 * moved by deltas: the allocations, reversals, voids and credit notes that change an invoice do
 * not all announce themselves, but each touches the invoice's `updated_at`, which the refresh
 * watches (`paymentMonthsTouched`). `$tz` is the seller's time zone, `$n` placeholders are knex `?`.
 */
const PAYMENT_MONTH_COLUMNS = "currency_code, month, region, rep_id, invoices, invoiced, paid, paid_on_time"
const ISSUE_MONTH = "(date_trunc('month', i.issued_at at time zone ?))::date"

/** Every issue month from scratch (after a bulk load or a rebuild); params: [tz]. */
export const PAYMENT_MONTH_FULL_SQL = [
  "truncate payment_month",
  `insert into payment_month (${PAYMENT_MONTH_COLUMNS})
   select i.currency_code, ${ISSUE_MONTH}, coalesce(o.region, ''), coalesce(o.rep_id, ''),
          count(*), sum(i.total), sum(i.paid_total), coalesce(sum(ot.amount), 0)
     from invoice i
     left join sales_order_fact o on o.order_id = i.order_id
     left join (select a.invoice_id, sum(a.amount) as amount
                  from payment_allocation a
                  join payment_record p on p.id = a.payment_id
                  join invoice v on v.id = a.invoice_id
                 where a.deleted_at is null and p.deleted_at is null and p.reversed_at is null and p.received_at <= v.due_at
                 group by a.invoice_id) ot on ot.invoice_id = i.id
    where i.deleted_at is null and i.kind = 'invoice' and i.status <> 'void'
    group by 1, 2, 3, 4`,
]

/** The (currency, issue month) pairs of invoices changed since an instant; params: [tz, since]. */
export const PAYMENT_MONTHS_TOUCHED_SQL = `select distinct i.currency_code, to_char(${ISSUE_MONTH}, 'YYYY-MM-DD') as month
   from invoice i where i.updated_at >= ?::timestamptz and i.kind = 'invoice'`

/** One currency's issue month again; params: [currency, month, tz, month, tz] for the delete, then the insert's. */
export const paymentMonthRefresh = (currency: string, month: string, tz: string) => [
  {
    sql: "delete from payment_month where currency_code = ? and month = ?::date",
    params: [currency, month],
  },
  {
    sql: `insert into payment_month (${PAYMENT_MONTH_COLUMNS})
          select i.currency_code, ?::date, coalesce(o.region, ''), coalesce(o.rep_id, ''),
                 count(*), sum(i.total), sum(i.paid_total),
                 coalesce(sum((select sum(a.amount) from payment_allocation a join payment_record p on p.id = a.payment_id
                                where a.invoice_id = i.id and a.deleted_at is null and p.deleted_at is null
                                  and p.reversed_at is null and p.received_at <= i.due_at)), 0)
            from invoice i left join sales_order_fact o on o.order_id = i.order_id
           where i.deleted_at is null and i.kind = 'invoice' and i.status <> 'void' and i.currency_code = ?
             and i.issued_at >= (?::date)::timestamp at time zone ?
             and i.issued_at < ((?::date + interval '1 month')::date)::timestamp at time zone ?
           group by 1, 2, 3, 4`,
    params: [month, currency, month, tz, month, tz],
  },
]
