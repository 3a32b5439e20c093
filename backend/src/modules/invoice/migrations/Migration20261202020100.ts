import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Indexes the reports and dashboard figures read invoices and payments through (ADR 028). */
export class Migration20261202020100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_currency_code_issued_at" ON "invoice" ("currency_code", "issued_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_currency_code_due_at" ON "invoice" ("currency_code", "due_at") WHERE status IN ('issued', 'partially_paid') AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_updated_at" ON "invoice" ("updated_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_record_currency_code_received_at" ON "payment_record" ("currency_code", "received_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_invoice_currency_code_issued_at";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_invoice_currency_code_due_at";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_invoice_updated_at";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_payment_record_currency_code_received_at";`)
  }
}
