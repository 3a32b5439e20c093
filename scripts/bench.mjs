#!/usr/bin/env node
// `npm run bench`: boots the production build against a freshly seeded throwaway database and
// measures the buyer paths, next to two physical references measured in the same run on the
// same machine: a bare Node `http` hello-world and pgbench TPC-B against the same PostgreSQL.
//   BENCH_SECONDS (default 10)  duration of each throughput phase
//   BENCH_ORDERS  (default 100) orders placed in the checkout phase
// `npm run bench -- --reports [--regenerate]` instead times every report and dashboard figure at
// 1,000,000 generated orders (scripts/bench/reports.mjs).
import { spawn, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { cpus, tmpdir } from "node:os"
import { join } from "node:path"
import { ensureInstalled, root } from "./lib/install.mjs"

ensureInstalled()
const { buildIfStale, migrateAndSeed, publishableKey, startBackend, stopService } = await import("./lib/stack.mjs")
const { freePort, startEmbeddedPostgres } = await import("./lib/db.mjs")
const { closedLoop, httpJson } = await import("./lib/load.mjs")
const { default: pg } = await import("pg")
const { default: autocannon } = await import("autocannon")

if (process.argv.includes("--reports")) {
  const { reportsBench } = await import("./bench/reports.mjs")
  const stack = await import("./lib/stack.mjs")
  const db = await import("./lib/db.mjs")
  try {
    await reportsBench({
      root,
      stack,
      db,
      pg,
      regenerate: process.argv.includes("--regenerate"),
      log: (...a) => console.log("[bench]", ...a),
    })
    process.exit(0)
  } catch (e) {
    console.error("[bench] failed:", e)
    process.exit(1)
  }
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100)
const CONNECTIONS = 10
/** Amazon orders back-filled through the import pipeline (the figure is 10,000: BENCH_BACKFILL=10000). */
const BACKFILL = Number(process.env.BENCH_BACKFILL ?? 200)
const PUSHES = Number(process.env.BENCH_PUSHES ?? 30)
/** BENCH_ONLY=marketplace runs only the back-fill and push phases. */
const ONLY = process.env.BENCH_ONLY ?? "all"
const log = (...a) => console.log("[bench]", ...a)

const cleanup = []
async function finish(code) {
  for (const f of cleanup.reverse()) await f().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => finish(130))

try {
  buildIfStale()

  // A throwaway database on DATABASE_URL's server, or on an embedded PostgreSQL
  const dbName = `ordo_bench_${Date.now()}`
  let serverUrl
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL)
    if (u.hostname === "127.0.0.1") u.hostname = "localhost"
    u.pathname = "/postgres"
    serverUrl = u
  } else {
    const tmp = mkdtempSync(join(tmpdir(), "ordo-bench-pg-"))
    const embedded = await startEmbeddedPostgres({ dir: join(tmp, "data"), persistent: false })
    cleanup.push(async () => {
      await embedded.stop()
      rmSync(tmp, { recursive: true, force: true })
    })
    serverUrl = new URL(embedded.url("postgres"))
  }
  const dbUrl = (name) => {
    const u = new URL(serverUrl)
    u.pathname = `/${name}`
    return u.toString()
  }
  const adminClient = new pg.Client({ connectionString: serverUrl.toString() })
  await adminClient.connect()
  await adminClient.query(`create database "${dbName}"`)
  await adminClient.query("drop database if exists ordo_pgbench")
  await adminClient.query("create database ordo_pgbench")
  cleanup.push(async () => {
    const c = new pg.Client({ connectionString: serverUrl.toString() })
    await c.connect()
    await c.query(`drop database if exists "${dbName}" with (force)`)
    await c.query("drop database if exists ordo_pgbench with (force)")
    await c.end()
  })
  await adminClient.end()
  const databaseUrl = dbUrl(dbName)
  log(`seeding ${dbName}…`)
  migrateAndSeed(databaseUrl, { quiet: true })
  const key = await publishableKey(databaseUrl)
  const port = await freePort()
  const base = `http://localhost:${port}`
  const backend = await startBackend({ databaseUrl, port, extraEnv: { LOG_LEVEL: "error" } })
  cleanup.push(() => stopService(backend))
  log(`backend up on ${base} (pid ${backend.pid}${process.env.REDIS_URL ? ", Redis modules" : ", in-memory modules"})`)

  // Fixtures: buyers with carts, a CNY region, well-stocked SKUs (stock raised so no phase runs dry)
  const store = (token) => ({ "x-publishable-api-key": key, ...(token ? { authorization: `Bearer ${token}` } : {}) })
  const login = async (actor, email, password) =>
    (await httpJson(`${base}/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })).token
  const adminToken = await login("user", "admin@ordo.test", "ordo-admin")
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const skuRows = (
    await db.query(
      `select i.id, i.sku, v.id as variant_id from inventory_item i
         join product_variant_inventory_item pvi on pvi.inventory_item_id = i.id and pvi.deleted_at is null
         join product_variant v on v.id = pvi.variant_id
        join inventory_level l on l.inventory_item_id = i.id
        group by i.id, i.sku, v.id having max(l.stocked_quantity) > 50 order by i.sku limit 40`,
    )
  ).rows
  const [location] = (await db.query("select location_id from inventory_level limit 1")).rows
  for (const r of skuRows) {
    await httpJson(`${base}/admin/inventory-items/${r.id}/location-levels/${location.location_id}`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}` },
      body: { stocked_quantity: 1_000_000 },
    })
  }
  await db.end()
  const regions = (await httpJson(`${base}/store/regions`, { headers: store() })).regions
  const cny = regions.find((r) => r.currency_code === "cny").id
  // Bench buyers join Initech through the invitation flow, so every checkout runs the company's
  // approval and credit rules (spending limit 1,000,000 CNY, Initech without a credit limit: checked,
  // never triggered) like a real buyer's.
  const initechAdmin = await login("customer", "buyer@initech.test", "ordo-buyer")
  const buyers = []
  for (let i = 0; i < CONNECTIONS; i++) {
    const email = `bench-${i}-${Date.now()}@ordo.test`
    const invite = await httpJson(`${base}/store/ordo/company/invites`, {
      method: "POST",
      headers: store(initechAdmin),
      body: { email, role: "buyer", spending_limit: "1000000" },
    })
    const inviteToken = invite.accept_url.split("/invite/")[1]
    await httpJson(`${base}/store/company-invites/${inviteToken}/accept`, {
      method: "POST",
      headers: store(),
      body: { first_name: "Bench", last_name: `Buyer ${i}`, password: "ordo-buyer" },
    })
    const token = await login("customer", email, "ordo-buyer")
    const me = await httpJson(`${base}/store/customers/me/addresses`, {
      method: "POST",
      headers: store(token),
      body: {
        first_name: "Bench",
        last_name: "Buyer",
        address_1: "1 Bench Road",
        city: "Shanghai",
        postal_code: "200000",
        country_code: "cn",
      },
    })
    buyers.push({ token, addressId: me.customer.addresses[0].id })
  }
  const acmeToken = await login("customer", "buyer@acme.test", "ordo-buyer")
  const results = {}

  const buyerPhases = async () => {
    // 1. Store product list with the buyer's contract prices (the storefront catalogue query)
    const listUrl = `${base}/store/products?region_id=${cny}&limit=24&fields=id,title,handle,thumbnail,*variants.calculated_price,variants.id,variants.sku,variants.title,%2Bvariants.inventory_quantity`
    await closedLoop({ workers: CONNECTIONS, calls: 50, task: () => httpJson(listUrl, { headers: store(acmeToken) }) })
    log("store product list…")
    results.productList = await closedLoop({
      workers: CONNECTIONS,
      seconds: SECONDS,
      task: () => httpJson(listUrl, { headers: store(acmeToken) }),
    })

    // 2. Add to cart: each buyer adds single lines to its own cart, a new cart every 20 lines
    log("add to cart…")
    const newCart = async (b) =>
      (await httpJson(`${base}/store/carts`, { method: "POST", headers: store(b.token), body: { region_id: cny } }))
        .cart.id
    const carts = await Promise.all(buyers.map(newCart))
    const added = new Array(CONNECTIONS).fill(0)
    results.addToCart = await closedLoop({
      workers: CONNECTIONS,
      seconds: SECONDS,
      task: async (w) => {
        if (added[w] === 20) {
          added[w] = 0
          carts[w] = await newCart(buyers[w])
        }
        const sku = skuRows[(w * 3 + added[w]++) % skuRows.length]
        await httpJson(`${base}/store/carts/${carts[w]}/line-items`, {
          method: "POST",
          headers: store(buyers[w].token),
          body: { variant_id: sku.variant_id, quantity: 1 },
        })
      },
    })

    // 3. Quick order: 20 pasted lines into a new cart, one request
    log("quick order, 20 lines…")
    const twenty = skuRows
      .slice(0, 20)
      .map((r, i) => `${r.sku} ${i + 1}`)
      .join("\n")
    results.quickOrder20 = await closedLoop({
      workers: 1,
      calls: 20,
      task: () =>
        httpJson(`${base}/store/ordo/quick-order`, {
          method: "POST",
          headers: store(buyers[0].token),
          body: { text: twenty },
        }),
    })

    // 3b. Staff order entry: a 20-line phone order pasted, priced and guarded, then placed (three requests)
    log("staff entry, 20 pasted lines…")
    const staffHeaders = { authorization: `Bearer ${adminToken}` }
    const initech = (await httpJson(`${base}/admin/ordo/order-entry/customers?q=Initech`, { headers: staffHeaders }))
      .matches[0].company_id
    const initechCtx = await httpJson(`${base}/admin/ordo/order-entry/customers/${initech}`, { headers: staffHeaders })
    const pasted = skuRows
      .slice(0, 20)
      .map((r) => `${r.sku}\t1`)
      .join("\n")
    results.staffEntry20 = await closedLoop({
      workers: 1,
      calls: 10,
      task: async () => {
        const parsed = await httpJson(`${base}/admin/ordo/order-entry/parse`, {
          method: "POST",
          headers: staffHeaders,
          body: { company_id: initech, text: pasted },
        })
        const body = {
          company_id: initech,
          customer_id: initechCtx.buyers[0].customer_id,
          address_id: initechCtx.addresses[0].id,
          lines: parsed.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
        }
        const checked = await httpJson(`${base}/admin/ordo/order-entry/check`, {
          method: "POST",
          headers: staffHeaders,
          body,
        })
        await httpJson(`${base}/admin/ordo/order-entry/submit`, {
          method: "POST",
          headers: staffHeaders,
          body: { ...body, action: "place", confirmed: checked.warnings.map((w) => w.key) },
        })
      },
    })

    // 4. Checkout completion: carts prepared first (not timed), then 10 buyers check out concurrently
    log(`preparing ${ORDERS} carts…`)
    const ready = []
    for (let i = 0; i < ORDERS; i++) {
      const b = buyers[i % CONNECTIONS]
      const lines = `${skuRows[i % skuRows.length].sku} 1\n${skuRows[(i + 7) % skuRows.length].sku} 2`
      const r = await httpJson(`${base}/store/ordo/quick-order`, {
        method: "POST",
        headers: store(b.token),
        body: { text: lines },
      })
      ready.push({ buyer: b, cartId: r.cart.id })
    }
    const queues = Array.from({ length: CONNECTIONS }, (_, w) => ready.filter((_, i) => i % CONNECTIONS === w))
    log(`checking out ${ORDERS} orders, ${CONNECTIONS} buyers at once…`)
    const cpuBefore = processCpuMs(backend.pid)
    results.checkout = await closedLoop({
      workers: CONNECTIONS,
      calls: ORDERS,
      task: async (w) => {
        const job = queues[w].shift()
        if (!job) return
        await httpJson(`${base}/store/ordo/carts/${job.cartId}/checkout`, {
          method: "POST",
          headers: store(job.buyer.token),
          body: { address_id: job.buyer.addressId, po_number: `BENCH-${job.cartId.slice(-6)}` },
        })
      },
    })
    results.cpuPerOrderMs = (processCpuMs(backend.pid) - cpuBefore) / Math.max(1, results.checkout.count)
  }
  if (ONLY === "all") await buyerPhases()
  const staffHeaders = { authorization: `Bearer ${adminToken}` }
  // 5. Marketplace back-fill: Amazon orders (fake SP-API, real formats) polled and placed through the import pipeline
  const { startFakeAmazon, generateOrders } = await import("../tests/support/fake-amazon.mjs")
  const { startFakeShopify } = await import("../tests/support/fake-shopify.mjs")
  const [locationRow] = (await httpJson(`${base}/admin/stock-locations?order=name`, { headers: staffHeaders }))
    .stock_locations
  const amazon = await startFakeAmazon(0, {
    pageSize: 100,
    rateLimit: { getOrders: "100", getOrderItems: "1000", patchListingsItem: "100" },
  })
  cleanup.push(() => amazon.close())
  const backfill = generateOrders(
    Math.ceil(BACKFILL * 1.6),
    skuRows.map((r) => r.sku),
    { seed: 5, start: "2026-01-01T00:00:00Z", spacingSeconds: 30 },
  )
    .filter((o) => o.order.OrderStatus === "Unshipped")
    .slice(0, BACKFILL)
  amazon.state.load(backfill)
  const amazonConn = await httpJson(`${base}/admin/ordo/channels`, {
    method: "POST",
    headers: staffHeaders,
    body: {
      type: "amazon",
      name: "Bench Amazon",
      stock_location_id: locationRow.id,
      config: {
        currency_code: "USD",
        api_base_url: amazon.url,
        token_url: amazon.tokenUrl,
        marketplace_ids: ["ATVPDKIKX0DER"],
        seller_id: "A2BENCH",
        sync_from: "2025-12-31T00:00:00Z",
      },
      credentials: { client_id: "bench", client_secret: "bench", refresh_token: "bench" },
    },
  })
  log(`back-filling ${backfill.length} Amazon orders through the import pipeline…`)
  const fillStart = performance.now()
  const cpuFill = processCpuMs(backend.pid)
  const synced = await (
    await fetch(`${base}/admin/ordo/channels/${amazonConn.channel.id}/sync`, { method: "POST", headers: staffHeaders })
  ).json()
  const fillSeconds = (performance.now() - fillStart) / 1000
  results.backfill = {
    orders: backfill.length,
    imported: synced.sync?.outcomes?.imported ?? 0,
    outcomes: synced.sync?.outcomes ?? synced,
    seconds: fillSeconds,
    rps: (synced.sync?.outcomes?.imported ?? 0) / fillSeconds,
    cpuPerOrderMs: (processCpuMs(backend.pid) - cpuFill) / Math.max(1, synced.sync?.outcomes?.imported ?? 0),
  }
  await httpJson(`${base}/admin/ordo/channels/${amazonConn.channel.id}`, {
    method: "POST",
    headers: staffHeaders,
    body: { status: "paused" },
  })

  // 6. Stock change → marketplace: an adjustment in Ordo until the fake Shopify store shows the new quantity
  log(`stock-change-to-push latency, ${PUSHES} adjustments…`)
  const shopify = await startFakeShopify(undefined, 0, { shopDomain: "ordo-bench.myshopify.com" })
  cleanup.push(() => shopify.close())
  const product = shopify.state.addProduct(
    skuRows.slice(0, 10).map((r) => r.sku),
    "Bench listing",
  )
  const shopConn = await httpJson(`${base}/admin/ordo/channels`, {
    method: "POST",
    headers: staffHeaders,
    body: {
      type: "shopify",
      name: "Bench Shopify",
      stock_location_id: locationRow.id,
      config: {
        currency_code: "USD",
        shop_domain: "ordo-bench.myshopify.com",
        api_base_url: shopify.apiBase,
        location_id: "655441491",
      },
      credentials: { access_token: "shpat_test_token", webhook_secret: "bench-secret" },
    },
  })
  await httpJson(`${base}/admin/ordo/channels/${shopConn.channel.id}/listings`, {
    method: "POST",
    headers: staffHeaders,
  })
  const level = (sku) =>
    shopify.state.inventoryLevels.get(`${product.variants.find((v) => v.sku === sku).inventory_item_id}:655441491`)
  results.pushLatency = await closedLoop({
    workers: 1,
    calls: PUSHES,
    task: async (_, i) => {
      const sku = skuRows[i % 10].sku
      const before = level(sku)
      await httpJson(`${base}/admin/ordo/stock/adjustments`, {
        method: "POST",
        headers: staffHeaders,
        body: { sku, location_id: locationRow.id, quantity: -1, reason: "bench" },
      })
      const deadline = performance.now() + 30_000
      while (level(sku) !== before - 1) {
        if (performance.now() > deadline) throw new Error(`push of ${sku} not seen in 30 s`)
        await new Promise((r) => setTimeout(r, 10))
      }
    },
  })
  await httpJson(`${base}/admin/ordo/channels/${shopConn.channel.id}`, {
    method: "POST",
    headers: staffHeaders,
    body: { status: "paused" },
  })
  // 7. Public tracking lookup: parcels of back-filled orders shipped through the API, then looked up
  //    by tracking number and by order number + postal code (Ordo's own tables, no carrier call).
  const shippable = await (async () => {
    const c = new pg.Client({ connectionString: databaseUrl })
    await c.connect()
    const rows = (
      await c.query(
        `select o.id, o.display_id, a.postal_code from "order" o join order_address a on a.id = o.shipping_address_id
          where o.is_draft_order = false and o.status = 'pending' and a.postal_code is not null
          order by o.display_id limit 50`,
      )
    ).rows
    await c.end()
    return rows
  })()
  log(`tracking lookup: shipping ${shippable.length} orders…`)
  const parcels = []
  for (const [i, o] of shippable.entries()) {
    const number = `SF${String(9_000_000_000 + i)}`
    await httpJson(`${base}/admin/ordo/orders/${o.id}/shipments`, {
      method: "POST",
      headers: staffHeaders,
      body: { carrier: "sf_express", tracking_number: number },
    })
    parcels.push({ number, order: o.display_id, postal: o.postal_code })
  }
  if (parcels.length) {
    const lookup = (q, i) =>
      httpJson(`${base}/store/track?${q(parcels[i % parcels.length])}`, {
        headers: { ...store(), "x-forwarded-for": "203.0.113.50" },
      })
    const byNumber = (p) => `tracking_number=${p.number}`
    const byOrder = (p) => `order_number=${p.order}&postal_code=${encodeURIComponent(p.postal)}`
    await closedLoop({ workers: CONNECTIONS, calls: 100, task: (_, i) => lookup(byNumber, i) })
    log("tracking lookup by tracking number…")
    results.trackByNumber = await closedLoop({
      workers: CONNECTIONS,
      seconds: SECONDS,
      task: (_, i) => lookup(byNumber, i),
    })
    log("tracking lookup by order number + postal code…")
    results.trackByOrder = await closedLoop({
      workers: CONNECTIONS,
      seconds: SECONDS,
      task: (_, i) => lookup(byOrder, i),
    })
  }
  await stopService(backend)

  // References: bare Node http hello-world, and pgbench TPC-B on the same PostgreSQL server
  log("reference: Node http hello-world…")
  results.helloWorld = await helloWorld()
  log("reference: pgbench TPC-B…")
  results.pgbench = pgbench(new URL(dbUrl("ordo_pgbench")))

  printTable(results)
  mkdirSync(join(root, ".bench"), { recursive: true })
  const file = join(root, ".bench", `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`)
  writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), cpus: cpus().length, redis: !!process.env.REDIS_URL, results },
      null,
      2,
    ),
  )
  log(`results saved to ${file}`)
  await finish(0)
} catch (e) {
  console.error("[bench] failed:", e)
  await finish(1)
}

function processCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1000) / 100 // USER_HZ is 100 on Linux
}

async function helloWorld() {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ["-e", `require("http").createServer((q,s)=>s.end("hello world")).listen(${port}, "127.0.0.1")`],
    { stdio: "ignore" },
  )
  await new Promise((r) => setTimeout(r, 400))
  const r = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: Math.min(SECONDS, 5),
  })
  child.kill()
  return { rps: r.requests.average, p50: r.latency.p50, p97_5: r.latency.p97_5 }
}

function pgbench(url) {
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username || "postgres"),
    PGPASSWORD: decodeURIComponent(url.password || ""),
    PGDATABASE: "ordo_pgbench",
  }
  const init = spawnSync("pgbench", ["-i", "-q", "-s", "10"], { env, encoding: "utf8" })
  if (init.error || init.status !== 0)
    return { tps: null, note: init.error ? "pgbench not installed" : init.stderr.slice(-200) }
  const run = spawnSync("pgbench", ["-c", String(CONNECTIONS), "-j", "2", "-T", String(Math.min(SECONDS, 10))], {
    env,
    encoding: "utf8",
  })
  const m = /tps = ([\d.]+)/.exec(run.stdout ?? "")
  return { tps: m ? Number(m[1]) : null, note: m ? undefined : (run.stderr ?? "").slice(-200) }
}

function printTable(r) {
  const f = (n, d = 0) => (n === null || n === undefined || Number.isNaN(n) ? "n/a" : n.toFixed(d))
  const ms = (n) => `${f(n, n < 10 ? 1 : 0)} ms`
  const hello = r.helloWorld.rps
  const tps = r.pgbench.tps
  const rows = [
    [
      "store product list, contract prices (10 conn)",
      `${f(r.productList?.rps)} req/s`,
      `p50 ${ms(r.productList?.p50)}, p95 ${ms(r.productList?.p95)}`,
      "≥ 1,000 req/s, p95 ≤ 30 ms",
      "26–41 req/s, p95 0.3–0.5 s",
      `${f((r.productList?.rps / hello) * 100, 2)}% of hello-world`,
    ],
    [
      "add to cart (10 conn)",
      `${f(r.addToCart?.rps)} req/s`,
      `p50 ${ms(r.addToCart?.p50)}, p95 ${ms(r.addToCart?.p95)}`,
      "p95 ≤ 50 ms",
      "~10 req/s, p95 1.0–1.4 s",
      "",
    ],
    [
      "quick order, 20 lines, one request",
      `${f(r.quickOrder20?.rps, 1)} req/s`,
      `p50 ${ms(r.quickOrder20?.p50)}, p95 ${ms(r.quickOrder20?.p95)}`,
      "≤ 500 ms",
      "",
      "",
    ],
    [
      "staff entry: 20 pasted lines → parse, check, place (3 requests)",
      `${f(r.staffEntry20?.rps, 1)} orders/s`,
      `p50 ${ms(r.staffEntry20?.p50)}, p95 ${ms(r.staffEntry20?.p95)}`,
      "",
      "",
      "",
    ],
    [
      "checkout with credit and approval checks (10 company buyers)",
      `${f(r.checkout?.rps, 1)} orders/s`,
      `p50 ${ms(r.checkout?.p50)}, p95 ${ms(r.checkout?.p95)}`,
      "≥ 60 orders/s, p95 ≤ 150 ms",
      "6–7 orders/s, p95 1.7–1.9 s",
      tps ? `${f((r.checkout?.rps / tps) * 100, 2)}% of pgbench tps` : "",
    ],
    ["server CPU per order", `${f(r.cpuPerOrderMs)} ms`, "", "≤ 30 ms", "150–190 ms", ""],
    [
      `Amazon back-fill, ${r.backfill?.orders} orders through place-order`,
      `${f(r.backfill?.rps, 1)} orders/s`,
      `${f(r.backfill?.seconds, 1)} s, ${f(r.backfill?.cpuPerOrderMs)} ms CPU/order`,
      "≥ 500 orders/s",
      "",
      `${r.backfill?.imported} imported`,
    ],
    [
      "stock change → marketplace push (adjustment until Shopify shows it)",
      `${r.pushLatency?.count} pushes`,
      `p50 ${ms(r.pushLatency?.p50)}, p95 ${ms(r.pushLatency?.p95)}`,
      "p95 ≤ 2 s",
      "",
      "",
    ],
    [
      "public tracking lookup by tracking number (10 conn)",
      `${f(r.trackByNumber?.rps)} req/s`,
      `p50 ${ms(r.trackByNumber?.p50)}, p95 ${ms(r.trackByNumber?.p95)}`,
      "p95 ≤ 10 ms",
      "",
      "",
    ],
    [
      "public tracking lookup by order number + postal code (10 conn)",
      `${f(r.trackByOrder?.rps)} req/s`,
      `p50 ${ms(r.trackByOrder?.p50)}, p95 ${ms(r.trackByOrder?.p95)}`,
      "p95 ≤ 10 ms",
      "",
      "",
    ],
    ["reference: Node http hello-world", `${f(hello)} req/s`, `p50 ${r.helloWorld.p50} ms`, "", "~75k req/s", ""],
    [
      "reference: pgbench TPC-B (same PostgreSQL)",
      tps ? `${f(tps)} tps` : `n/a (${r.pgbench.note ?? ""})`,
      "",
      "",
      "~4.2k tps",
      "",
    ],
  ]
  const head = ["measure", "throughput", "latency", "target", "vanilla Medusa / DESIGN ref", "ratio"]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`
  console.log(
    `\nOrdo benchmark — ${cpus().length} cores, ${process.env.REDIS_URL ? "Redis modules" : "in-memory modules"}, ${SECONDS}s phases, ${r.checkout?.count} orders (${r.checkout?.errors} failed)\n`,
  )
  console.log(line(head))
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`)
  for (const row of rows) console.log(line(row))
  console.log("")
}
