// `npm run bench -- --reports`: every report and dashboard figure timed at 1,000,000 orders.
// The data set lives in its own database (ordo_bench_reports on DATABASE_URL's server, else a
// persistent embedded PostgreSQL under .bench/) and is kept between runs; `--regenerate` loads
// it again. The statements timed are the reporting module's own builders
// (backend/src/modules/reporting/reports.ts, from the build), run as the service runs them.
//   BENCH_REPORT_ORDERS (default 1000000)  orders generated
//   BENCH_REPORT_RUNS   (default 20)       timed runs of each statement (after 2 warm-up runs)
import { spawnSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { cpus } from "node:os"
import { join } from "node:path"
import { generateOrders } from "./generate-orders.mjs"

const DB = "ordo_bench_reports"
const TARGET_MS = 100

export async function reportsBench({ root, stack, db: dbLib, pg, regenerate, log }) {
  const ORDERS = Number(process.env.BENCH_REPORT_ORDERS ?? 1_000_000)
  const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 20)
  const cleanup = []
  try {
    stack.buildIfStale()
    let serverUrl
    if (process.env.DATABASE_URL) {
      serverUrl = new URL(process.env.DATABASE_URL)
      serverUrl.pathname = "/postgres"
    } else {
      const dir = join(root, ".bench", "reports-pg")
      mkdirSync(join(root, ".bench"), { recursive: true })
      const embedded = await dbLib.startEmbeddedPostgres({ dir, persistent: true })
      cleanup.push(() => embedded.stop())
      serverUrl = new URL(embedded.url("postgres"))
    }
    const dbUrl = new URL(serverUrl)
    dbUrl.pathname = `/${DB}`

    const admin = new pg.Client({ connectionString: serverUrl.toString() })
    await admin.connect()
    const exists = (await admin.query("select 1 from pg_database where datname = $1", [DB])).rowCount > 0
    let meta = null
    if (exists && !regenerate) {
      const c = new pg.Client({ connectionString: dbUrl.toString() })
      await c.connect()
      meta = await c
        .query("select value from bench_meta where key = 'load'")
        .then((r) => (r.rows[0] ? JSON.parse(r.rows[0].value) : null))
        .catch(() => null)
      await c.end()
    }
    // Migrations run every time (quick when nothing is pending), so new indexes reach a kept data set.
    if (!meta) {
      log(`creating ${DB}…`)
      await admin.query(`drop database if exists ${DB} with (force)`)
      await admin.query(`create database ${DB}`)
    }
    await admin.end()
    log("migrating…")
    const migrate = spawnSync(
      process.execPath,
      [join(root, "node_modules", "@medusajs", "cli", "cli.js"), "db:migrate"],
      {
        cwd: stack.backendBuildDir,
        env: stack.baseEnv({ NODE_ENV: "production", DATABASE_URL: dbUrl.toString() }),
        encoding: "utf8",
      },
    )
    if (migrate.status !== 0) throw new Error(`db:migrate failed: ${migrate.stdout}${migrate.stderr}`)

    const require = createRequire(import.meta.url)
    const built = join(stack.backendBuildDir, "src", "modules", "reporting")
    const reports = require(join(built, "reports.js"))
    const dashboard = require(join(built, "dashboard.js"))
    const { REBUILD_SQL, PAYMENT_MONTH_FULL_SQL } = require(join(built, "rollups.js"))

    const client = new pg.Client({ connectionString: dbUrl.toString() })
    await client.connect()
    cleanup.push(() => client.end())
    const sql = (text, params) => client.query(text, params).then((r) => r.rows)

    if (!meta) {
      log(`generating ${ORDERS.toLocaleString("en")} orders with bulk SQL…`)
      const started = Date.now()
      const parts = await generateOrders(sql, {
        orders: ORDERS,
        rebuild: REBUILD_SQL,
        paymentRollup: PAYMENT_MONTH_FULL_SQL,
        log,
      })
      const seconds = (Date.now() - started) / 1000
      const today = (await sql("select to_char(current_date, 'YYYY-MM-DD') as d"))[0].d
      meta = { orders: ORDERS, seconds, parts, today, at: new Date().toISOString() }
      await sql("create table if not exists bench_meta (key text primary key, value text not null)")
      await sql("insert into bench_meta values ('load', $1) on conflict (key) do update set value = excluded.value", [
        JSON.stringify(meta),
      ])
      log(`loaded in ${seconds.toFixed(0)} s`)
    } else {
      log(`reusing ${DB} (${meta.orders.toLocaleString("en")} orders, generated ${meta.at}); --regenerate to reload`)
      if (!(await sql("select 1 from product_month where rep_id = '*' limit 1")).length) {
        // Kept from before product rows for all reps existed: recompute the rollups from the facts.
        log("recomputing the rollups from the facts…")
        for (const statement of REBUILD_SQL) await sql(statement)
        await sql("vacuum analyze sales_day, sales_month, product_day, product_month, customer_month")
      }
      if (!(await sql("select 1 from payment_month_state")).length) {
        // A data set kept from before the payment-rate rollup existed: compute it once.
        log("computing the payment-rate rollup…")
        await sql(PAYMENT_MONTH_FULL_SQL[0])
        await sql(PAYMENT_MONTH_FULL_SQL[1].replace("?", "$1"), ["Asia/Shanghai"])
        await sql("insert into payment_month_state (id, refreshed_at) values (1, now())")
        await sql("vacuum analyze payment_month")
      }
    }

    const counts = (
      await sql(`select (select count(*) from sales_order_fact)::int as orders, (select count(*) from sales_line_fact)::int as lines,
                        (select count(*) from invoice)::int as invoices, (select count(*) from payment_record)::int as payments,
                        (select count(*) from sales_day)::int as sales_day, (select count(*) from product_day)::int as product_day`)
    )[0]
    log(
      `data: ${Object.entries(counts)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
        .join(", ")}`,
    )

    // As the reporting service runs them (ReportingModuleService.rows): without JIT compilation.
    await sql("set jit = off")
    const cases = [
      ...benchCases(
        reports,
        meta.today,
        await sql("select product_id from product_month group by product_id order by sum(net_amount) desc limit 1"),
      ),
      ...(await dashboardCases(dashboard, meta.today)),
    ]
    const results = []
    for (const c of cases) {
      const { sql: text, params } = c.statement
      let n = 0
      const pgText = text.replace(/\?/g, () => `$${++n}`)
      const times = []
      let rows = 0
      for (let i = 0; i < RUNS + 2; i++) {
        const t = process.hrtime.bigint()
        const r = await client.query(pgText, params)
        const ms = Number(process.hrtime.bigint() - t) / 1e6
        if (i >= 2) times.push(ms)
        rows = r.rowCount
      }
      times.sort((a, b) => a - b)
      const pct = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]
      results.push({ name: c.name, kind: c.kind, rows, p50: pct(50), p95: pct(95) })
    }
    printTable(meta, counts, results, RUNS)
    mkdirSync(join(root, ".bench"), { recursive: true })
    const file = join(root, ".bench", `reports-${new Date().toISOString().replace(/[:.]/g, "-")}.json`)
    writeFileSync(file, JSON.stringify({ cpus: cpus().length, load: meta, counts, results }, null, 2))
    log(`results saved to ${file}`)
    return results
  } finally {
    for (const f of cleanup.reverse()) await f().catch(() => {})
  }
}

/** Every report and dashboard figure, with the filters a screen would send, relative to the data's last day. */
function benchCases(r, today, [top]) {
  const day = (n) => {
    const d = new Date(`${today}T00:00:00Z`)
    d.setUTCDate(d.getUTCDate() + n)
    return d.toISOString().slice(0, 10)
  }
  const month = (n) => {
    const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`)
    d.setUTCMonth(d.getUTCMonth() + n)
    return d.toISOString().slice(0, 10)
  }
  const monthEnd = (n) => new Date(Date.parse(`${month(n + 1)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  const cny = "cny"
  const rep = "user_bench_rep_03"
  const last30 = { currency: cny, from: day(-29), to: today }
  const f12 = { currency: cny, from: month(-11), to: monthEnd(0) }
  const product = (x) => ({ currency: cny, limit: 10, ...x })
  return [
    ["sales by day, last 30 days", r.salesSeries(last30, "day")],
    ["sales by week, last 12 weeks", r.salesSeries({ ...last30, from: day(-83) }, "week")],
    ["sales by week, 53 weeks", r.salesSeries({ ...last30, from: day(-370) }, "week")],
    ["sales by month, 12 months", r.salesSeries(f12, "month")],
    ["sales by month, 24 months, one rep", r.salesSeries({ ...f12, from: month(-23), rep }, "month")],
    [
      "sales by day, one category + region",
      r.salesSeries({ ...last30, category: "pcat_bench_03", region: "Zhejiang" }, "day"),
    ],
    [
      "sales by week, 53 weeks, one channel",
      r.salesSeries({ ...last30, from: day(-370), channel: "sc_bench_shopify" }, "week"),
    ],
    ["sales by category, 12 months", r.salesBreakdown(f12, "month", "category")],
    ["sales by region, 12 months", r.salesBreakdown(f12, "month", "region")],
    ["sales by channel, 53 weeks (days)", r.salesBreakdown({ ...last30, from: day(-370) }, "week", "channel")],
    ["sales by rep, 12 months", r.salesBreakdown(f12, "month", "rep")],
    [
      "product 30-day trend",
      r.productTrend({ currency: cny, product_id: top?.product_id ?? "prod_bench_0001", to: today }),
    ],
    ["best sellers, last 30 days (days)", r.bestSellers(product({ ...last30, wholeMonths: false }))],
    ["best sellers, 12 months", r.bestSellers(product({ ...f12, wholeMonths: true }))],
    [
      "best sellers, 12 months, category + rep",
      r.bestSellers(product({ ...f12, wholeMonths: true, category: "pcat_bench_02", rep })),
    ],
    ["slow sellers, last 30 days (days)", r.slowSellers(product({ ...last30, wholeMonths: false }))],
    ["slow sellers, 12 months", r.slowSellers(product({ ...f12, wholeMonths: true }))],
    ["payment rate by region, last month", r.paymentsByRegion({ currency: cny, from: month(-1), to: monthEnd(-1) })],
    ["payment rate by region, 12 months", r.paymentsByRegion({ currency: cny, from: month(-12), to: monthEnd(-1) })],
    [
      "payment rate by region, 24 months, one rep",
      r.paymentsByRegion({ currency: cny, from: month(-24), to: monthEnd(0), rep }),
    ],
    ["receivables by rep", r.receivablesByRep({ currency: cny })],
    ["receivables, one rep", r.receivablesByRep({ currency: cny, rep })],
  ].map(([name, statement]) => ({ name, statement, kind: "report" }))
}

/**
 * The dashboard's figures and the alerts' detection, as GET /admin/ordo/dashboard and the daily
 * alert job run them (modules/reporting/dashboard.ts): each function is called with a manager
 * that records its one statement, which is then timed like the reports'.
 */
async function dashboardCases(d, today) {
  const month = (n) => {
    const x = new Date(`${today.slice(0, 7)}-01T00:00:00Z`)
    x.setUTCMonth(x.getUTCMonth() + n)
    return x.toISOString().slice(0, 10)
  }
  const statementOf = async (fn, ...args) => {
    const seen = []
    const recorder = {
      execute: async (text, params = []) => {
        seen.push({ sql: text, params })
        return []
      },
    }
    await fn(recorder, ...args)
    if (seen.length !== 1) throw new Error(`${fn.name} ran ${seen.length} statements; the bench times one`)
    return seen[0]
  }
  const all = { currency_code: "cny", rep_id: null }
  const one = { currency_code: "cny", rep_id: "user_bench_rep_03" }
  const months = [month(0), month(-1), month(-12)]
  const now = new Date().toISOString()
  const rules = { threshold_percent: 30, period_days: 30, min_orders: 5, today }
  const cases = [
    ["sales, cost, profit: this, last, same month last year", d.dashboardSales, { ...all, months }],
    ["the same, one rep", d.dashboardSales, { ...one, months }],
    ["top customers, this month", d.topCustomers, { ...all, month: month(0), limit: 5 }],
    ["top products, this month", d.topProducts, { ...all, month: month(0), limit: 5 }],
    ["top products, this month, one rep", d.topProducts, { ...one, month: month(0), limit: 5 }],
    [
      "received this month",
      d.receivedBetween,
      { ...all, from: `${month(0)}T00:00:00+08:00`, to: `${month(1)}T00:00:00+08:00` },
    ],
    [
      "received this month, one rep",
      d.receivedBetween,
      { ...one, from: `${month(0)}T00:00:00+08:00`, to: `${month(1)}T00:00:00+08:00` },
    ],
    ["overdue now", d.overdueNow, { ...all, now }],
    ["overdue now, one rep", d.overdueNow, { ...one, now }],
    ["waiting for approval", d.waitingApprovals, all],
    ["waiting for payment", d.waitingPayment, all],
    ["waiting for payment, one rep", d.waitingPayment, one],
    ["waiting for shipment", d.waitingShipment, all],
    [
      "quotes open and win rate",
      d.quoteSummary,
      { ...all, since: new Date(Date.now() - 90 * 86_400_000).toISOString() },
    ],
    ["currencies sold in", d.salesCurrencies],
  ].map(([name, fn, arg]) => ({ name, fn, arg, kind: "dashboard" }))
  const alerts = [
    ["alerts: product orders down ≥ 30 %", d.productOrderDrops, rules],
    ["alerts: customers ordering less often", d.customerCadenceDrops, { today }],
  ].map(([name, fn, arg]) => ({ name, fn, arg, kind: "alert job" }))
  const out = []
  for (const c of [...cases, ...alerts])
    out.push({ name: c.name, kind: c.kind, statement: await statementOf(c.fn, ...(c.arg ? [c.arg] : [])) })
  return out
}

function printTable(meta, counts, results, runs) {
  const f = (n) => `${n.toFixed(n < 10 ? 1 : 0)} ms`
  const rows = results.map((r) => [
    r.kind,
    r.name,
    String(r.rows),
    f(r.p50),
    f(r.p95),
    r.p95 <= TARGET_MS ? "ok" : `over ${TARGET_MS} ms`,
  ])
  const head = ["figure", "what", "rows", "p50", "p95", `target p95 ≤ ${TARGET_MS} ms`]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`
  console.log(
    `\nOrdo reports at ${counts.orders.toLocaleString("en")} orders (${counts.lines.toLocaleString("en")} lines, ${counts.invoices.toLocaleString("en")} invoices) — ${cpus().length} cores, ${runs} runs each` +
      `\ngenerator: ${meta.orders.toLocaleString("en")} orders loaded in ${meta.seconds.toFixed(0)} s (bulk SQL${
        meta.parts
          ? `: ${Object.entries(meta.parts)
              .map(([k, v]) => `${k.split(" (")[0]} ${v.toFixed(0)} s`)
              .join(", ")}`
          : ""
      })\n`,
  )
  console.log(line(head))
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`)
  for (const row of rows) console.log(line(row))
  console.log("")
}
