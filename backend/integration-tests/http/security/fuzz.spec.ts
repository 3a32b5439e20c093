// A fuzz pass over every Ordo write route (from the route files): wrong types, huge sizes, NUL
// bytes, huge and negative numbers, impossible dates, operator objects, in the body and in
// the path. Expected: never a 5xx, and a refused request writes nothing — proven by row-level
// triggers counting every insert, update and delete in the database while the pass runs.

import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, loginBuyer, stack } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"
import { fill, RUNS_REGARDLESS_OF_BODY, routeTable } from "../../../../tests/support/routes"

const NASTY: unknown[] = [
  "a\u0000b",
  "9".repeat(40),
  "1e+30",
  -1,
  1e308,
  0.1 + 0.2,
  "99999-12-31",
  "x".repeat(20_000),
  { $gt: "" },
  ["a", 1],
  null,
  "'; drop table quote; --",
]
/** Field names Ordo's write routes take; each is tried with every nasty value. */
const FIELDS = [
  "amount",
  "quantity",
  "unit_price",
  "received_at",
  "valid_until",
  "company_id",
  "customer_id",
  "order_id",
  "invoice_id",
  "cart_id",
  "address_id",
  "lines",
  "text",
  "po_number",
  "email",
  "roles",
  "terms",
  "credit_limit",
  "spending_limit",
  "decision",
  "reason",
  "body",
  "sku",
  "location_id",
  "threshold",
  "allocations",
  "action",
  "shipping_amount",
  "name",
  "type",
  "levels",
  "percent",
  "offset_days",
]

// One connection for the whole pass: the write count is read after every request.
let db: pg.Client
const writes = async () =>
  (await db.query<{ tbl: string; n: string }>("select tbl, n from ordo_test_writes order by tbl")).rows.map(
    (r) => `${r.tbl}:${r.n}`,
  )

describe("fuzz: every Ordo write route", () => {
  const routes = routeTable().filter(
    (r) => r.source === "ordo" && r.method !== "GET" && !RUNS_REGARDLESS_OF_BODY.has(r.path),
  )
  let staff: string
  let buyer: string

  beforeAll(async () => {
    ;[staff, buyer] = await Promise.all([loginAdmin(), loginBuyer("buyer@acme.test")])
    db = new pg.Client({ connectionString: stack().databaseUrl })
    await db.connect()
    await sql(`create table if not exists ordo_test_writes (tbl text primary key, n bigint not null default 0)`)
    await sql(`create or replace function ordo_test_count() returns trigger as $$
      begin
        insert into ordo_test_writes values (TG_TABLE_NAME, 1)
          on conflict (tbl) do update set n = ordo_test_writes.n + 1;
        return null;
      end $$ language plpgsql`)
    await sql(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'public'
        -- payment_month(_state): the payment-rate rollup, recomputed by a five-minute job, not by requests.
        and tablename not in ('ordo_test_writes', 'workflow_execution', 'payment_month', 'payment_month_state') loop
        execute format('drop trigger if exists ordo_test_count on %I', t.tablename);
        execute format('create trigger ordo_test_count after insert or update or delete on %I
          for each row execute function ordo_test_count()', t.tablename);
      end loop; end $$`)
  })

  afterAll(async () => {
    await db?.end()
    await sql(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'public' loop
        execute format('drop trigger if exists ordo_test_count on %I', t.tablename);
      end loop; end $$`)
    await sql("drop table if exists ordo_test_writes")
    await sql("drop function if exists ordo_test_count()")
  })

  it("never answers 5xx and never writes on a refusal", { timeout: 900_000 }, async () => {
    const started = Date.now()
    expect(routes.length).toBeGreaterThan(40)
    const problems: string[] = []
    let tried = 0
    for (const route of routes) {
      const token = route.path.startsWith("/admin") ? staff : buyer
      const paths = [
        fill(route.path, () => "ordo_no_such_id"),
        fill(route.path, () => "x\u0000y"),
        fill(route.path, () => "9".repeat(300)),
      ]
      // The fields this route takes: a strict validator names the ones it does not.
      const known: string[] = []
      for (const field of FIELDS) {
        const probe = await api(route.method, paths[0], { token, body: { [field]: "x" } })
        tried++
        if (probe.status >= 500) problems.push(`${probe.status} ${route.method} ${paths[0]} {${field}: "x"}`)
        if (!/unrecognized/i.test(JSON.stringify(probe.body ?? ""))) known.push(field)
      }
      const bodies: unknown[] = [{}, [], "text", 42, ...known.flatMap((f) => NASTY.map((v) => ({ [f]: v })))]
      let before = await writes()
      for (const path of paths) {
        for (const body of path === paths[0] ? bodies : [{}]) {
          const r = await api(route.method, path, { token, body })
          tried++
          if (r.status >= 500) problems.push(`${r.status} ${route.method} ${path} ${JSON.stringify(body).slice(0, 80)}`)
          const after = await writes()
          if (r.status >= 400 && r.status < 500 && after.join() !== before.join()) {
            const changed = after.filter((x) => !before.includes(x)).join(", ")
            problems.push(
              `wrote on ${r.status}: ${route.method} ${path} ${JSON.stringify(body).slice(0, 80)} (${changed})`,
            )
          }
          before = after
        }
      }
    }
    console.log(
      `[fuzz] ${tried} requests over ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s`,
    )
    expect(problems).toEqual([])
    expect(tried).toBeGreaterThan(3_000)
  })
})
