import { AsyncLocalStorage } from "node:async_hooks"

/**
 * Who is changing data and from where, for the audit triggers (ADR 026). Medusa opens its
 * transactions itself and offers no hook to run SQL at their start, so the only way to hand the
 * triggers an actor in the same transaction is here: an AsyncLocalStorage context entered per
 * admin request (api/guards/audit-context.ts), job or subscriber, and a patch of knex's Postgres
 * BEGIN that, when a context is present, sets `ordo.actor` and `ordo.source` transaction-locally
 * right after it. Every Medusa module shares the one knex, so every transaction is covered.
 */
export type AuditContext = {
  actor_id: string | null
  /** A string, or a function read when a transaction begins (a route's pattern is known late). */
  source: string | (() => string)
}

const storage = new AsyncLocalStorage<AuditContext>()

const read = (source: AuditContext["source"]) => (typeof source === "function" ? source() : source)

/**
 * Runs fn with an audit context: the writes its transactions make are recorded as by the actor,
 * from the source. Inside another context (a subscriber running for an admin request in the
 * same process) the actor is kept unless given, and the source says what it ran for.
 */
export function withAuditContext<T>(
  context: { actor_id?: string | null; source: AuditContext["source"] },
  fn: () => T,
) {
  const outer = storage.getStore()
  const source = outer ? () => `${read(context.source)} (for ${read(outer.source)})` : context.source
  const actor_id = context.actor_id !== undefined ? context.actor_id : (outer?.actor_id ?? null)
  return storage.run({ actor_id, source }, fn)
}

export const currentAuditContext = () => storage.getStore()

/** A Postgres string literal (standard_conforming_strings is on: only quotes double). */
const literal = (s: string) => `'${s.replace(/\0/g, "").replace(/'/g, "''")}'`

/** The statement run right after BEGIN, or null without a context. */
export function auditSettingsSql(context: AuditContext | undefined): string | null {
  if (!context) return null
  const source = read(context.source)
  return `select set_config('ordo.actor', ${literal(context.actor_id ?? "")}, true), set_config('ordo.source', ${literal(source.slice(0, 300))}, true)`
}

const PATCHED = Symbol.for("ordo.auditContext")

/** Patches knex's Postgres transaction start once per process (called from medusa-config.ts). */
export function installAuditContext() {
  const Transaction_PG = require("knex/lib/dialects/postgres/execution/pg-transaction")
  const proto = Transaction_PG.prototype as { begin: (conn: unknown) => Promise<unknown>; [PATCHED]?: boolean }
  if (proto[PATCHED]) return
  proto[PATCHED] = true
  const begin = proto.begin
  proto.begin = function (this: { query: (conn: unknown, sql: string) => Promise<unknown> }, conn: unknown) {
    const started = begin.call(this, conn)
    const sql = auditSettingsSql(storage.getStore())
    return sql ? started.then(() => this.query(conn, sql)) : started
  }
}
