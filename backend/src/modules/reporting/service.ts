import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { type OrderFacts, rollupDeltas } from "../../domain/sales-rollup"
import * as dash from "./dashboard"
import { ReportSetting } from "./models/report-setting"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** Rollup tables, their key columns and the column the period goes in. */
const ROLLUPS = {
  sales_day: {
    period: "day",
    keys: ["currency_code", "day", "channel_id", "region", "rep_id", "category_id"],
    extra: [],
  },
  sales_month: {
    period: "month",
    keys: ["currency_code", "month", "channel_id", "region", "rep_id", "category_id"],
    extra: [],
  },
  product_day: { period: "day", keys: ["currency_code", "day", "product_id", "rep_id"], extra: ["category_id"] },
  product_month: { period: "month", keys: ["currency_code", "month", "product_id", "rep_id"], extra: ["category_id"] },
  customer_month: { period: "month", keys: ["currency_code", "month", "company_id", "rep_id"], extra: [] },
} as const

/**
 * Sales facts (one row per placed order and per order line) and the rollups built from them for
 * reports and the dashboard: sales, cost and orders per day and month by channel, region, rep
 * and category; per product; per customer. Facts are replaced per order and the rollups moved by
 * the difference, in one transaction under a lock on the order, so they always add up to the
 * facts (`rebuildRollups` recomputes them from scratch: the bench loader and a test use it).
 */
export default class ReportingModuleService extends MedusaService({ ReportSetting }) {
  /** The facts recorded for an order, or null. */
  @InjectTransactionManager()
  async readOrderFacts(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<OrderFacts | null> {
    const manager = sharedContext.transactionManager as unknown as Manager
    const [o] = await manager.execute(
      `select order_id, placed_at, to_char(day, 'YYYY-MM-DD') as day, company_id, customer_id, rep_id, region,
              channel_id, currency_code, shipped from sales_order_fact where order_id = ?`,
      [orderId],
    )
    if (!o) return null
    const lines = await manager.execute(
      `select line_id, product_id, variant_id, category_id, quantity, net_amount::text, cost_amount::text
         from sales_line_fact where order_id = ? order by line_id`,
      [orderId],
    )
    return {
      ...o,
      placed_at: new Date(o.placed_at).toISOString(),
      lines: lines.map((l) => ({ ...l, quantity: Number(l.quantity) })),
    }
  }

  /**
   * Records what an order now counts for (`facts`; null when it no longer counts, e.g.
   * cancelled) and moves every rollup by the difference. The order keeps the day, rep, region
   * and channel it was first recorded with. Returns the facts it replaced, for compensation.
   */
  @InjectTransactionManager()
  async replaceOrderFacts(
    input: { order_id: string; facts: OrderFacts | null },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<OrderFacts | null> {
    const manager = sharedContext.transactionManager as unknown as Manager
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`ordo:sales-facts:${input.order_id}`])
    const before = await this.readOrderFacts(input.order_id, sharedContext)
    const after: OrderFacts | null = input.facts?.lines.length
      ? before
        ? {
            ...input.facts,
            placed_at: before.placed_at,
            day: before.day,
            rep_id: before.rep_id,
            region: before.region,
            channel_id: before.channel_id,
          }
        : input.facts
      : null
    await manager.execute("delete from sales_line_fact where order_id = ?", [input.order_id])
    await manager.execute("delete from sales_order_fact where order_id = ?", [input.order_id])
    if (after) {
      const deltas = rollupDeltas(null, after)
      const whole = deltas.customer_month[0]
      await manager.execute(
        `insert into sales_order_fact (order_id, placed_at, day, company_id, customer_id, rep_id, region, channel_id,
           currency_code, quantity, net_amount, cost_amount, shipped)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          after.order_id,
          after.placed_at,
          after.day,
          after.company_id,
          after.customer_id,
          after.rep_id,
          after.region,
          after.channel_id,
          after.currency_code,
          whole?.quantity ?? 0,
          whole?.net_amount ?? "0",
          whole?.cost_amount ?? "0",
          !!after.shipped,
        ],
      )
      await manager.execute(
        `insert into sales_line_fact (line_id, order_id, day, currency_code, company_id, rep_id, region, channel_id,
           product_id, variant_id, category_id, quantity, net_amount, cost_amount)
         select x.line_id, ?, ?::date, ?, ?, ?, ?, ?, x.product_id, x.variant_id, x.category_id, x.quantity, x.net_amount, x.cost_amount
           from jsonb_to_recordset(?::jsonb) as x(line_id text, product_id text, variant_id text, category_id text,
                quantity int, net_amount numeric, cost_amount numeric)`,
        [
          after.order_id,
          after.day,
          after.currency_code,
          after.company_id,
          after.rep_id,
          after.region,
          after.channel_id,
          JSON.stringify(after.lines),
        ],
      )
    }
    const deltas = rollupDeltas(before, after)
    for (const [table, spec] of Object.entries(ROLLUPS) as [
      keyof typeof ROLLUPS,
      (typeof ROLLUPS)[keyof typeof ROLLUPS],
    ][]) {
      const rows = (deltas[table] as any[]).map((d) => ({ ...d, [spec.period]: d.period }))
      if (!rows.length) continue
      const cols = [...spec.keys, ...spec.extra]
      const types = cols.map((c) => `${c} ${c === "day" || c === "month" ? "date" : "text"}`)
      await manager.execute(
        `insert into ${table} as t (${cols.join(", ")}, orders, quantity, net_amount, cost_amount)
         select ${cols.map((c) => `x.${c}`).join(", ")}, x.orders, x.quantity, x.net_amount, x.cost_amount
           from jsonb_to_recordset(?::jsonb) as x(${types.join(", ")}, orders int, quantity bigint,
                net_amount numeric, cost_amount numeric)
         on conflict (${spec.keys.join(", ")}) do update set
           orders = t.orders + excluded.orders, quantity = t.quantity + excluded.quantity,
           net_amount = t.net_amount + excluded.net_amount, cost_amount = t.cost_amount + excluded.cost_amount`,
        [JSON.stringify(rows)],
      )
    }
    return before
  }

  /**
   * Recomputes every rollup from the facts in one transaction (after a bulk load, or to check
   * the incremental rollups: they must come out identical).
   */
  @InjectTransactionManager()
  async rebuildRollups(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as Manager
    await manager.execute("select pg_advisory_xact_lock(hashtext('ordo:sales-rollups'))")
    for (const sql of REBUILD_SQL) await manager.execute(sql)
  }

  // The dashboard's figures and the alerts' detection (SQL in ./dashboard.ts).

  @InjectManager()
  async dashboardSales(
    filters: dash.DashboardFilters & { months: string[] },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.dashboardSales(readManager(sharedContext), filters)
  }

  @InjectManager()
  async topCustomers(
    filters: dash.DashboardFilters & { month: string; limit?: number },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.topCustomers(readManager(sharedContext), filters)
  }

  @InjectManager()
  async topProducts(
    filters: dash.DashboardFilters & { month: string; limit?: number },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.topProducts(readManager(sharedContext), filters)
  }

  @InjectManager()
  async receivedBetween(
    filters: dash.DashboardFilters & { from: string; to: string },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.receivedBetween(readManager(sharedContext), filters)
  }

  @InjectManager()
  async overdueNow(filters: dash.DashboardFilters & { now: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.overdueNow(readManager(sharedContext), filters)
  }

  @InjectManager()
  async waitingApprovals(filters: dash.DashboardFilters, @MedusaContext() sharedContext: Context = {}) {
    return dash.waitingApprovals(readManager(sharedContext), filters)
  }

  @InjectManager()
  async waitingPayment(filters: dash.DashboardFilters, @MedusaContext() sharedContext: Context = {}) {
    return dash.waitingPayment(readManager(sharedContext), filters)
  }

  @InjectManager()
  async waitingShipment(filters: dash.DashboardFilters, @MedusaContext() sharedContext: Context = {}) {
    return dash.waitingShipment(readManager(sharedContext), filters)
  }

  @InjectManager()
  async quoteSummary(filters: dash.DashboardFilters & { since: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.quoteSummary(readManager(sharedContext), filters)
  }

  @InjectManager()
  async salesCurrencies(@MedusaContext() sharedContext: Context = {}) {
    return dash.salesCurrencies(readManager(sharedContext))
  }

  @InjectManager()
  async productOrderDrops(filters: dash.AlertRules & { today: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.productOrderDrops(readManager(sharedContext), filters)
  }

  @InjectManager()
  async customerCadenceDrops(filters: { today: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.customerCadenceDrops(readManager(sharedContext), filters)
  }
}

const readManager = (sharedContext: Context) => sharedContext.manager as unknown as Manager

const SALES_DIMS = "currency_code, channel_id, region, rep_id"

/** Full recomputation of the rollups from the facts (set-based; used by the bench loader). */
export const REBUILD_SQL = [
  "truncate sales_day, sales_month, product_day, product_month, customer_month",
  `insert into sales_day (${SALES_DIMS}, day, category_id, orders, quantity, net_amount, cost_amount)
   select ${SALES_DIMS}, day, coalesce(category_id, '*'), count(distinct order_id), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_line_fact group by grouping sets ((${SALES_DIMS}, day, category_id), (${SALES_DIMS}, day))`,
  `insert into sales_month (${SALES_DIMS}, month, category_id, orders, quantity, net_amount, cost_amount)
   select ${SALES_DIMS}, date_trunc('month', day)::date, category_id, sum(orders), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_day group by ${SALES_DIMS}, date_trunc('month', day), category_id`,
  `insert into product_day (currency_code, day, product_id, rep_id, category_id, orders, quantity, net_amount, cost_amount)
   select currency_code, day, product_id, rep_id, min(category_id), count(distinct order_id), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_line_fact group by currency_code, day, product_id, rep_id`,
  `insert into product_month (currency_code, month, product_id, rep_id, category_id, orders, quantity, net_amount, cost_amount)
   select currency_code, date_trunc('month', day)::date, product_id, rep_id, min(category_id), sum(orders), sum(quantity), sum(net_amount), sum(cost_amount)
     from product_day group by currency_code, date_trunc('month', day), product_id, rep_id`,
  `insert into customer_month (currency_code, month, company_id, rep_id, orders, quantity, net_amount, cost_amount)
   select currency_code, date_trunc('month', day)::date, company_id, rep_id, count(*), sum(quantity), sum(net_amount), sum(cost_amount)
     from sales_order_fact group by currency_code, date_trunc('month', day), company_id, rep_id`,
]
