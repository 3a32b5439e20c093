// The 1M-order data set for `npm run bench -- --reports`: loaded with bulk SQL (generate_series,
// INSERT … SELECT) into a migrated database's real tables, never through the API. Two years
// ending today: ~3,000 companies in 15 regions owned by 12 reps, 2,000 products in 10
// categories (the last 100 never sold, so slow sellers have zeros), 4 channels, CNY and USD,
// seasonality and a weekday mix, ~3 lines per order, ~3 % part-returned. Each order gets its
// sales facts, an invoice (most paid, some late, some open and overdue) with its payment and
// allocation, and ~3 % an approval request (the newest few still pending). Medusa's own order
// tables are left empty: reports and dashboard figures never read them (ADR 0xx). Cancelled
// orders are not generated: they leave no facts, so they would change no figure.

export const REGIONS = [
  "Guangdong",
  "Zhejiang",
  "Jiangsu",
  "Shanghai",
  "Beijing",
  "Shandong",
  "Fujian",
  "Sichuan",
  "Hubei",
  "Henan",
  "Hunan",
  "Anhui",
  "Tianjin",
  "Chongqing",
  "Liaoning",
]
export const CHANNELS = ["sc_bench_storefront", "sc_bench_staff", "sc_bench_shopify", "sc_bench_amazon"]

const raw = (x) => `jsonb_build_object('value', (${x})::text, 'precision', 20)`

/**
 * Loads the data set; `sql` is an async (text) => rows function on one session, `rebuild` the
 * reporting module's REBUILD_SQL. Returns the seconds each part took.
 */
export async function generateOrders(
  sql,
  { orders = 1_000_000, companies = 3000, products = 2000, rebuild, paymentRollup, log },
) {
  const timings = {}
  const step = async (name, statements) => {
    const t = Date.now()
    if (typeof statements === "function") await statements()
    else for (const s of [statements].flat()) await sql(s)
    timings[name] = (Date.now() - t) / 1000
    log(`  ${name}: ${timings[name].toFixed(1)} s`)
  }
  await sql("set synchronous_commit = off")
  // A bulk load is not a change anyone made: no audit rows (the audit triggers, ADR 026) and no
  // foreign-key trigger checks for the generated rows. Needs a superuser, as the bench's own
  // databases are (embedded or the local server's postgres user).
  await sql("set session_replication_role = replica")
  await sql("set work_mem = '256MB'")
  await sql("set maintenance_work_mem = '512MB'")
  await sql("select setseed(0.4242)")

  await step("reps, channels, categories, products, companies", [
    `insert into "user" (id, first_name, last_name, email, created_at, updated_at)
     select 'user_bench_rep_' || lpad(i::text, 2, '0'), 'Rep', lpad(i::text, 2, '0'), 'rep' || i || '@bench.ordo.test', now(), now()
       from generate_series(1, 12) i`,
    `insert into sales_channel (id, name, description, is_disabled, created_at, updated_at)
     select id, name, name, false, now(), now()
       from (values ('${CHANNELS[0]}', 'Storefront'), ('${CHANNELS[1]}', 'Staff entry'),
                    ('${CHANNELS[2]}', 'Shopify'), ('${CHANNELS[3]}', 'Amazon')) v(id, name)`,
    `insert into product_category (id, name, description, handle, mpath, is_active, is_internal, rank, created_at, updated_at)
     select 'pcat_bench_' || lpad(i::text, 2, '0'), 'Category ' || i, '', 'bench-category-' || i,
            'pcat_bench_' || lpad(i::text, 2, '0'), true, false, i, now(), now()
       from generate_series(1, 10) i`,
    `create temp table b_product as
     select i, 'prod_bench_' || lpad(i::text, 4, '0') as id, 'pcat_bench_' || lpad((1 + (i - 1) % 10)::text, 2, '0') as category_id,
            round((20 + random() * 980)::numeric, 2) as price, (0.55 + random() * 0.25)::numeric as cost_share
       from generate_series(1, ${products}) i`,
    `insert into product (id, title, handle, status, is_giftcard, discountable, created_at, updated_at)
     select id, 'Bench product ' || lpad(i::text, 4, '0'), 'bench-product-' || i, 'published', false, true, now(), now()
       from b_product`,
    `insert into product_category_product (product_id, product_category_id) select id, category_id from b_product`,
    `create temp table b_company as
     select i, 'comp_bench_' || lpad(i::text, 4, '0') as id, region,
            'user_bench_rep_' || lpad((case when random() < 0.8 then 1 + (r - 1) % 12 else 1 + floor(random() * 12)::int end)::text, 2, '0') as rep_id,
            case when random() < 0.15 then 'usd' else 'cny' end as currency_code
       from (select i, r, (array['${REGIONS.join("','")}'])[r] as region
               from (select i, 1 + floor(15 * power(random(), 1.5))::int as r from generate_series(1, ${companies}) i) x) y`,
    "create unique index on b_company (i)",
    `insert into company (id, legal_name, aliases, currency_code, locale, retail_default, sales_rep_id, created_at, updated_at)
     select id, 'Bench Company ' || lpad(i::text, 4, '0'), '{}', currency_code, 'zh-CN', false, rep_id, now(), now() from b_company`,
  ])

  await step("orders (days, seasonality, weekday mix)", [
    `create temp table b_day as
     with d as (
       select day::date as day,
              (1 + 0.3 * sin(2 * pi() * (extract(doy from day) - 80) / 365.25))
              * (case extract(dow from day) when 0 then 0.3 when 6 then 0.5 else 1 end)
              * (0.8 + 0.4 * (day::date - (current_date - 729)) / 730.0) as w
         from generate_series(current_date - 729, current_date, interval '1 day') day
     ), c as (select day, sum(w) over (order by day) as cum, sum(w) over () as total from d)
     select day, (round(${orders} * cum / total) - round(${orders} * (cum - w) / total))::int as n
       from c join d using (day)`,
    `create temp table b_order as
     select row_number() over (order by d.day, g) as i, d.day, (1 + floor(${companies} * power(random(), 2.2)))::int as ci,
            random() as r_channel, (1 + floor(random() * 5))::int as n_lines, random() as r_return, random() as r_time,
            random() as r_pay, random() as r_delay, random() as r_approval
       from b_day d cross join lateral generate_series(1, d.n) g`,
    "create unique index on b_order (i)",
  ])

  await step("order lines (~3 per order, ~3 % part-returned)", [
    `create temp table b_line as
     select o.i as oi, l, p.id as product_id, p.category_id,
            q.quantity - case when o.r_return < 0.03 and l = 1 then ceil(q.quantity / 2.0)::int else 0 end as kept,
            p.price, p.cost_share, q.discount
       from b_order o
       cross join lateral generate_series(1, o.n_lines) l
       cross join lateral (select (1 + floor(${products - 100} * power(random(), 2.5)))::int as pi,
                                  (1 + floor(random() * random() * 40))::int as quantity,
                                  round((random() * 0.1)::numeric, 3) as discount
                             where l > 0) q
       join b_product p on p.i = q.pi`,
  ])

  await step("sales facts (lines, orders)", [
    `insert into sales_line_fact (line_id, order_id, day, currency_code, company_id, rep_id, region, channel_id,
       product_id, variant_id, category_id, quantity, net_amount, cost_amount)
     select 'ordli_bench_' || o.i || '_' || l.l, 'order_bench_' || o.i, o.day, c.currency_code, c.id, c.rep_id, c.region,
            (array['${CHANNELS.join("','")}'])[case when o.r_channel < 0.45 then 1 when o.r_channel < 0.75 then 2 when o.r_channel < 0.9 then 3 else 4 end],
            l.product_id, 'variant_' || l.product_id, l.category_id, l.kept,
            round(l.kept * l.price * (1 - l.discount) / case when c.currency_code = 'usd' then 7 else 1 end, 2),
            round(l.kept * l.price * l.cost_share / case when c.currency_code = 'usd' then 7 else 1 end, 2)
       from b_line l join b_order o on o.i = l.oi join b_company c on c.i = o.ci`,
    `insert into sales_order_fact (order_id, placed_at, day, company_id, customer_id, rep_id, region, channel_id,
       currency_code, quantity, net_amount, cost_amount, shipped)
     select f.order_id, (o.day + interval '8 hours' + o.r_time * interval '12 hours') at time zone 'Asia/Shanghai', o.day,
            f.company_id, 'cus_' || f.company_id, f.rep_id, f.region, f.channel_id, f.currency_code, f.quantity, f.net_amount, f.cost_amount,
            -- Orders go out within two days; the last days' are still waiting for shipment.
            o.day < current_date - 2
       from (select order_id, min(company_id) as company_id, min(rep_id) as rep_id, min(region) as region,
                    min(channel_id) as channel_id, min(currency_code) as currency_code,
                    sum(quantity) as quantity, sum(net_amount) as net_amount, sum(cost_amount) as cost_amount
               from sales_line_fact where order_id like 'order_bench_%' group by order_id) f
       join b_order o on o.i = substr(f.order_id, 13)::bigint`,
  ])

  await step("invoices (paid, late, open, overdue)", [
    `create temp table b_invoice as
     select o.i, f.company_id, f.currency_code, f.order_id, round(f.net_amount, 2) as subtotal,
            round(f.net_amount * 1.13, 2) as total, f.placed_at + interval '2 days' as issued_at,
            f.placed_at + interval '32 days' as due_at, o.r_pay, o.r_delay
       from sales_order_fact f join b_order o on o.i = substr(f.order_id, 13)::bigint
      where f.placed_at + interval '2 days' < now() and f.net_amount > 0`,
    // What each invoice got paid and when: old invoices mostly paid (most on time, some late),
    // recently due ones paid less often, not-yet-due ones sometimes early; the rest open.
    `create temp table b_paid as
     select i, case
         when due_at < now() - interval '60 days' then
           case when r_pay < 0.75 then 'on_time' when r_pay < 0.92 then 'late' when r_pay < 0.95 then 'part' else 'open' end
         when due_at < now() then
           case when r_pay < 0.55 then 'on_time' when r_pay < 0.7 then 'late' when r_pay < 0.8 then 'part' else 'open' end
         else case when r_pay < 0.35 then 'on_time' else 'open' end
       end as how
       from b_invoice`,
    `insert into invoice (id, number, year, sequence, kind, company_id, order_id, currency_code, subtotal, tax_total, total,
       paid_total, status, issued_at, due_at, raw_subtotal, raw_tax_total, raw_total, raw_paid_total, created_at, updated_at)
     select 'inv_bench_' || v.i, 'BENCH-' || v.i, extract(year from v.issued_at)::int, v.i, 'invoice', v.company_id, v.order_id,
            v.currency_code, v.subtotal, v.total - v.subtotal, v.total, x.paid,
            case when x.paid = 0 then 'issued' when x.paid < v.total then 'partially_paid' else 'paid' end,
            v.issued_at, v.due_at, ${raw("v.subtotal")}, ${raw("v.total - v.subtotal")}, ${raw("v.total")}, ${raw("x.paid")},
            v.issued_at, v.issued_at
       from b_invoice v join b_paid p using (i)
       cross join lateral (select case p.how when 'open' then 0 when 'part' then round(v.total / 2, 2) else v.total end as paid) x`,
  ])

  await step("payments and allocations", [
    `create temp table b_payment as
     select v.i, v.company_id, v.currency_code,
            case p.how when 'part' then round(v.total / 2, 2) else v.total end as amount,
            least(now() - interval '1 hour', case p.how
              when 'late' then v.due_at + (1 + v.r_delay * 60) * interval '1 day'
              else v.issued_at + v.r_delay * 29 * interval '1 day' end) as received_at
       from b_invoice v join b_paid p using (i) where p.how <> 'open'`,
    `insert into payment_record (id, company_id, method, amount, unallocated, currency_code, received_at,
       raw_amount, raw_unallocated, created_at, updated_at)
     select 'pay_bench_' || i, company_id, 'bank_transfer', amount, 0, currency_code, received_at,
            ${raw("amount")}, ${raw("0")}, received_at, received_at
       from b_payment`,
    `insert into payment_allocation (id, invoice_id, payment_id, amount, raw_amount, created_at, updated_at)
     select 'palloc_bench_' || i, 'inv_bench_' || i, 'pay_bench_' || i, amount, ${raw("amount")}, received_at, received_at
       from b_payment`,
  ])

  await step("approval requests (most decided, the newest pending)", [
    `insert into approval_request (id, order_id, company_id, requested_by, status, chain, reasons, current_level,
       order_total, raw_order_total, currency_code, decided_at, created_at, updated_at)
     select 'apreq_bench_' || o.i, f.order_id, f.company_id, f.customer_id,
            case when f.day >= current_date - 2 then 'pending' when o.r_pay < 0.15 then 'rejected' else 'approved' end,
            '["sales_manager"]', '[]', 1, round(f.net_amount * 1.13, 2), ${raw("round(f.net_amount * 1.13, 2)")}, f.currency_code,
            case when f.day >= current_date - 2 then null else f.placed_at + interval '3 hours' end, f.placed_at, f.placed_at
       from sales_order_fact f join b_order o on o.i = substr(f.order_id, 13)::bigint
      where o.r_approval < 0.03`,
  ])

  await step("rollups (REBUILD_SQL)", rebuild)
  await step("payment-rate rollup", async () => {
    await sql(paymentRollup[0])
    await sql(paymentRollup[1].replace("?", "$1"), ["Asia/Shanghai"])
    await sql(
      "insert into payment_month_state (id, refreshed_at) values (1, now()) on conflict (id) do update set refreshed_at = now()",
    )
  })
  await step(
    "drop working tables",
    "drop table b_product, b_company, b_day, b_order, b_line, b_invoice, b_paid, b_payment",
  )
  await step("vacuum analyze", [
    "vacuum analyze sales_order_fact, sales_line_fact, sales_day, sales_month, product_day, product_month, customer_month, payment_month",
    'vacuum analyze invoice, payment_record, payment_allocation, approval_request, company, product, "user"',
  ])
  await sql("set session_replication_role = origin")
  return timings
}
