import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What the dashboard needs to answer from indexes at a million orders:
 * - `sales_order_fact.shipped`: whether every kept unit has gone out, moved by the same events
 *   that re-record the order (fulfilment created / cancelled), with a partial index over the few
 *   orders still waiting for shipment (Medusa's fulfilment status is computed, not indexable);
 * - open invoices by currency and due date (waiting for payment, overdue now), payments by
 *   currency and receipt date (received this month), pending approval requests. These read other
 *   modules' tables; the reporting module owns the indexes because it owns the read paths.
 */
export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "alter table if exists sales_order_fact add column if not exists shipped boolean not null default false;",
    )
    this.addSql(
      "create index if not exists sales_order_fact_unshipped on sales_order_fact (currency_code, rep_id) where not shipped;",
    )
    // Guarded: on a fresh database these modules' tables may be created after this one's.
    const whenTable = (table: string, sql: string) =>
      this.addSql(`do $$ begin if to_regclass('${table}') is not null then ${sql}; end if; end $$;`)
    whenTable(
      "invoice",
      `create index if not exists reporting_invoice_open on invoice (currency_code, due_at)
         where status in ('issued', 'partially_paid') and kind <> 'credit_note' and deleted_at is null`,
    )
    whenTable(
      "payment_record",
      `create index if not exists reporting_payment_received on payment_record (currency_code, received_at)
         where reversed_at is null and deleted_at is null`,
    )
    whenTable(
      "approval_request",
      `create index if not exists reporting_approval_pending on approval_request (currency_code)
         where status = 'pending' and deleted_at is null`,
    )
  }

  override async down(): Promise<void> {
    this.addSql("drop index if exists sales_order_fact_unshipped;")
    this.addSql("alter table if exists sales_order_fact drop column if exists shipped;")
    this.addSql("drop index if exists reporting_invoice_open;")
    this.addSql("drop index if exists reporting_payment_received;")
    this.addSql("drop index if exists reporting_approval_pending;")
  }
}
