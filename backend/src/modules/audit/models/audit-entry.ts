import { model } from "@medusajs/framework/utils"

/**
 * One change to an audited row (money, credit, prices, stock, roles, approval rules), written
 * by the `ordo_audit()` trigger in the same transaction as the change — never by application
 * code — and never updated or deleted afterwards (the table refuses both). See ADR 026.
 */
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    /** When the change was written (the clock inside the transaction). */
    at: model.dateTime(),
    table_name: model.text(),
    row_id: model.text(),
    operation: model.enum(["insert", "update", "delete"]),
    /** Updates: only the columns that changed; deletes: the whole row. */
    before: model.json().nullable(),
    /** Updates: the changed columns' new values; inserts: the whole row. */
    after: model.json().nullable(),
    /** The row's identifying columns (its company, invoice, variant …), whatever changed. */
    ref: model.json().nullable(),
    actor_id: model.text().nullable(),
    actor_email: model.text().nullable(),
    actor_name: model.text().nullable(),
    /** "POST /admin/ordo/companies/:id/credit", "job: ordo-dunning", or "system". */
    source: model.text(),
    /** Postgres' transaction id (as text): the rows one change wrote share it. */
    txid: model.text(),
  })
  .indexes([{ on: ["at"] }, { on: ["table_name", "at"] }, { on: ["actor_id", "at"] }, { on: ["row_id"] }])
