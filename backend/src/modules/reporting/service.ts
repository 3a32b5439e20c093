import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { type OrderFacts, rollupDeltas } from "../../domain/sales-rollup"
import * as dash from "./dashboard"
import { ReportSetting } from "./models/report-setting"
import * as reports from "./reports"
import { PAYMENT_MONTH_FULL_SQL, PAYMENT_MONTHS_TOUCHED_SQL, paymentMonthRefresh, REBUILD_SQL } from "./rollups"

export { REBUILD_SQL }

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
   * and channel it was first recorded with; `redate` takes the day from `facts` instead (a
   * rebuild after an order's date was corrected). Returns the facts it replaced, for compensation.
   */
  @InjectTransactionManager()
  async replaceOrderFacts(
    input: { order_id: string; facts: OrderFacts | null; redate?: boolean },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<OrderFacts | null> {
    const manager = sharedContext.transactionManager as unknown as Manager
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`ordo:sales-facts:${input.order_id}`])
    const before = await this.readOrderFacts(input.order_id, sharedContext)
    const after: OrderFacts | null = input.facts?.lines.length
      ? before
        ? {
            ...input.facts,
            placed_at: input.redate ? input.facts.placed_at : before.placed_at,
            day: input.redate ? input.facts.day : before.day,
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

  /**
   * Runs one report statement (reports.ts) and answers its rows. PostgreSQL's JIT compiler is
   * switched off for the transaction: these statements run in milliseconds, and compiling them
   * (the planner sees big tables) took up to a second at 1M orders.
   */
  private async rows<T = any>(statement: reports.Statement, sharedContext: Context): Promise<T[]> {
    const manager = sharedContext.transactionManager as unknown as Manager
    await manager.execute("set local jit = off")
    return manager.execute(statement.sql, statement.params)
  }

  /**
   * Recomputes the payment_month rollup: every issue month (`full`, or the first time), else the
   * months of invoices changed since the last refresh (their allocations, reversals, voids and
   * credit notes all touch the invoice's updated_at). The watermark is kept two minutes back so a
   * change committed while this runs is seen next time.
   */
  @InjectTransactionManager()
  async refreshPaymentRollup(
    input: { full?: boolean; timeZone: string },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ full: boolean; months: number }> {
    const manager = sharedContext.transactionManager as unknown as Manager
    await manager.execute("select pg_advisory_xact_lock(hashtext('ordo:payment-rollup'))")
    await manager.execute("set local jit = off")
    const [state] = await manager.execute("select refreshed_at from payment_month_state where id = 1")
    const full = Boolean(input.full || !state)
    let months = 0
    if (full) {
      await manager.execute(PAYMENT_MONTH_FULL_SQL[0])
      await manager.execute(PAYMENT_MONTH_FULL_SQL[1], [input.timeZone])
    } else {
      const touched = await manager.execute(PAYMENT_MONTHS_TOUCHED_SQL, [input.timeZone, state.refreshed_at])
      for (const t of touched)
        for (const statement of paymentMonthRefresh(t.currency_code, t.month, input.timeZone))
          await manager.execute(statement.sql, statement.params)
      months = touched.length
    }
    await manager.execute(
      `insert into payment_month_state (id, refreshed_at) values (1, now() - interval '2 minutes')
       on conflict (id) do update set refreshed_at = excluded.refreshed_at`,
    )
    return { full, months }
  }

  /** Sales per day, week or month with the period's total, and optionally per value of one dimension. */
  @InjectTransactionManager()
  async salesReport(
    input: { filters: reports.SalesFilters; period: reports.Period; by?: reports.Dimension | null },
    @MedusaContext() sharedContext: Context = {},
  ) {
    const [series, breakdown] = await Promise.all([
      this.rows(reports.salesSeries(input.filters, input.period), sharedContext),
      input.by ? this.rows(reports.salesBreakdown(input.filters, input.period, input.by), sharedContext) : null,
    ])
    const total = series.find((r) => r.period === null)
    return { series: series.filter((r) => r.period !== null), total, breakdown }
  }

  /** A product's last 30 days, day by day. */
  @InjectTransactionManager()
  async productTrend(input: Parameters<typeof reports.productTrend>[0], @MedusaContext() sharedContext: Context = {}) {
    return this.rows(reports.productTrend(input), sharedContext)
  }

  /** Best sellers (by net sales) and slow sellers (published products selling least, unsold ones included). */
  @InjectTransactionManager()
  async productSellers(input: reports.ProductFilters, @MedusaContext() sharedContext: Context = {}) {
    const [best, slow] = await Promise.all([
      this.rows(reports.bestSellers(input), sharedContext),
      this.rows(reports.slowSellers(input), sharedContext),
    ])
    return { best, slow }
  }

  /** Invoices issued in the period per region: invoiced, paid, paid on time and the rates. */
  @InjectTransactionManager()
  async paymentsByRegion(
    input: Parameters<typeof reports.paymentsByRegion>[0],
    @MedusaContext() sharedContext: Context = {},
  ) {
    const rows = await this.rows(reports.paymentsByRegion(input), sharedContext)
    return { regions: rows.filter((r) => r.region !== null), total: rows.find((r) => r.region === null) }
  }

  /** Open and overdue balance per sales rep (owner of the customer). */
  @InjectTransactionManager()
  async receivablesByRep(
    input: Parameters<typeof reports.receivablesByRep>[0],
    @MedusaContext() sharedContext: Context = {},
  ) {
    const rows = await this.rows(reports.receivablesByRep(input), sharedContext)
    return { reps: rows.filter((r) => r.rep_id !== null), total: rows.find((r) => r.rep_id === null) }
  }

  // The dashboard's figures and the alerts' detection (SQL in ./dashboard.ts).

  @InjectTransactionManager()
  async dashboardSales(
    filters: dash.DashboardFilters & { months: string[] },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.dashboardSales(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async topCustomers(
    filters: dash.DashboardFilters & { month: string; limit?: number },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.topCustomers(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async topProducts(
    filters: dash.DashboardFilters & { month: string; limit?: number },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.topProducts(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async receivedBetween(
    filters: dash.DashboardFilters & { from: string; to: string },
    @MedusaContext() sharedContext: Context = {},
  ) {
    return dash.receivedBetween(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async overdueNow(filters: dash.DashboardFilters & { now: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.overdueNow(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async waitingApprovals(filters: dash.DashboardFilters, @MedusaContext() sharedContext: Context = {}) {
    return dash.waitingApprovals(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async waitingPayment(filters: dash.DashboardFilters, @MedusaContext() sharedContext: Context = {}) {
    return dash.waitingPayment(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async waitingShipment(filters: dash.DashboardFilters, @MedusaContext() sharedContext: Context = {}) {
    return dash.waitingShipment(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async quoteSummary(filters: dash.DashboardFilters & { since: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.quoteSummary(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async salesCurrencies(@MedusaContext() sharedContext: Context = {}) {
    return dash.salesCurrencies(readManager(sharedContext))
  }

  @InjectTransactionManager()
  async productOrderDrops(filters: dash.AlertRules & { today: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.productOrderDrops(readManager(sharedContext), filters)
  }

  @InjectTransactionManager()
  async customerCadenceDrops(filters: { today: string }, @MedusaContext() sharedContext: Context = {}) {
    return dash.customerCadenceDrops(readManager(sharedContext), filters)
  }
}

/**
 * The dashboard's statements run in a transaction without PostgreSQL's JIT compiler, like the
 * reports' (see rows()): compiling them costs more than running them.
 */
const readManager = (sharedContext: Context): Manager => {
  const manager = sharedContext.transactionManager as unknown as Manager
  let ready: Promise<unknown> | null = null
  return {
    execute: async (sql, params) => {
      ready ??= manager.execute("set local jit = off")
      await ready
      return manager.execute(sql, params)
    },
  }
}
