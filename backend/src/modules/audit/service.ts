import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CAPTURE_SQL } from "./capture"
import { AuditEntry } from "./models/audit-entry"

export type AuditFilters = {
  /** Audited tables to show (an area is a set of tables); empty or absent: all. */
  tables?: string[]
  actor_id?: string
  /** The changed row's id, or any id it belongs to (its company, invoice, variant …). */
  record_id?: string
  /** ISO instants, `from` inclusive, `to` exclusive. */
  from?: string
  to?: string
  limit: number
  offset: number
}

export type AuditRow = {
  id: string
  at: Date
  table_name: string
  row_id: string
  operation: "insert" | "update" | "delete"
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  ref: Record<string, unknown> | null
  actor_id: string | null
  actor_email: string | null
  actor_name: string | null
  source: string
  txid: string
}

/**
 * The audit log. Rows are written only by the database triggers (capture.ts); this service
 * installs them and reads the log. MedusaService's generated update/delete methods exist but
 * the table refuses them.
 */
export default class AuditModuleService extends MedusaService({ AuditEntry }) {
  /** Installs or refreshes ordo_audit() and its triggers (idempotent; run by a migration script). */
  @InjectManager()
  async installCapture(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as any
    for (const sql of CAPTURE_SQL) await manager.execute(sql)
  }

  /** Newest first, filtered, with the total count for paging. */
  @InjectManager()
  async listLog(
    filters: AuditFilters,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ entries: AuditRow[]; count: number }> {
    const manager = sharedContext.manager as any
    const where: string[] = ["e.deleted_at is null"]
    const params: unknown[] = []
    if (filters.tables?.length) {
      where.push(`e.table_name in (${filters.tables.map(() => "?").join(", ")})`)
      params.push(...filters.tables)
    }
    if (filters.actor_id) {
      where.push("e.actor_id = ?")
      params.push(filters.actor_id)
    }
    if (filters.record_id) {
      where.push("(e.row_id = ? or exists (select 1 from jsonb_each_text(e.ref) r where r.value = ?))")
      params.push(filters.record_id, filters.record_id)
    }
    if (filters.from) {
      where.push("e.at >= ?")
      params.push(filters.from)
    }
    if (filters.to) {
      where.push("e.at < ?")
      params.push(filters.to)
    }
    const clause = where.join(" and ")
    const [rows, [{ count }]] = await Promise.all([
      manager.execute(
        `select e.id, e.at, e.table_name, e.row_id, e.operation, e.before, e.after, e.ref, e.actor_id,
                e.actor_email, e.actor_name, e.source, e.txid
           from audit_entry e where ${clause}
          order by e.at desc, e.id desc limit ? offset ?`,
        [...params, filters.limit, filters.offset],
      ),
      manager.execute(`select count(*)::int as count from audit_entry e where ${clause}`, params),
    ])
    return { entries: rows as AuditRow[], count: count as number }
  }
}
