import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Alert } from "./models/alert"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type AlertCandidate = {
  kind: "product_order_drop" | "customer_cadence_drop" | "company_on_hold"
  subject_id: string
  subject_label: string
  occurrence_key: string
  rep_id: string
  details: Record<string, unknown>
}

export type RaisedAlert = AlertCandidate & { id: string; created_at: string }

/** Alerts for staff, each occurrence once (see the model). */
export default class AlertModuleService extends MedusaService({ Alert }) {
  /**
   * Inserts the alerts not raised before and returns only those: an occurrence already raised
   * (by an earlier or a concurrent run) is skipped by the unique key, so it is never sent twice.
   */
  @InjectTransactionManager()
  async raiseNewAlerts(candidates: AlertCandidate[], @MedusaContext() sharedContext: Context = {}) {
    if (!candidates.length) return [] as RaisedAlert[]
    const manager = sharedContext.transactionManager as unknown as Manager
    const rows = candidates.map((c) => ({ ...c, id: generateEntityId(undefined, "alrt") }))
    const inserted = await manager.execute(
      `insert into alert (id, kind, subject_id, subject_label, occurrence_key, rep_id, details, notified)
       select x.id, x.kind, x.subject_id, x.subject_label, x.occurrence_key, coalesce(x.rep_id, ''), x.details, '[]'::jsonb
         from jsonb_to_recordset(?::jsonb) as x(id text, kind text, subject_id text, subject_label text,
              occurrence_key text, rep_id text, details jsonb)
       on conflict (occurrence_key) where deleted_at is null do nothing
       returning id, kind, subject_id, subject_label, occurrence_key, rep_id, details, created_at`,
      [JSON.stringify(rows)],
    )
    return inserted.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() })) as RaisedAlert[]
  }

  /** Takes alerts out again (compensation of raiseNewAlerts): the occurrence may be raised anew. */
  @InjectTransactionManager()
  async removeAlerts(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    const manager = sharedContext.transactionManager as unknown as Manager
    // A JSON array: the query builder would spread a JS array into a list of parameters.
    await manager.execute("delete from alert where id in (select jsonb_array_elements_text(?::jsonb))", [
      JSON.stringify(ids),
    ])
  }
}
