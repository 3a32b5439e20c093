import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Open invoices by currency and due date, with the columns overdue-now and receivables-per-rep
 * sum, so both read the index alone (82k open invoices at 1M orders: 490 ms from the heap; ADR 028).
 */
export class Migration20261202023000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_invoice_currency_code_due_at";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_currency_code_due_at_company_id_kind_total_paid_total" ON "invoice" ("currency_code", "due_at", "company_id", "kind", "total", "paid_total") WHERE status IN ('issued', 'partially_paid') AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_invoice_currency_code_due_at_company_id_kind_total_paid_total";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_currency_code_due_at" ON "invoice" ("currency_code", "due_at") WHERE status IN ('issued', 'partially_paid') AND deleted_at IS NULL;`,
    )
  }
}
