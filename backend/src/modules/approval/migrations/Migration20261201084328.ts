import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201084328 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "approval_request" drop constraint if exists "approval_request_status_check";`)

    this.addSql(`alter table if exists "approval_request" add column if not exists "fingerprint" text null;`)
    this.addSql(
      `alter table if exists "approval_request" add constraint "approval_request_status_check" check("status" in ('pending', 'approved', 'rejected', 'superseded'));`,
    )
    // A superseded request stays beside the one that replaced it for the same order.
    this.addSql(`DROP INDEX IF EXISTS "IDX_approval_request_order_id_unique";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_request_order_id_unique" ON "approval_request" ("order_id") WHERE deleted_at IS NULL AND status <> 'superseded';`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_approval_request_order_id_unique";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_request_order_id_unique" ON "approval_request" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`alter table if exists "approval_request" drop constraint if exists "approval_request_status_check";`)

    this.addSql(`alter table if exists "approval_request" drop column if exists "fingerprint";`)

    this.addSql(
      `alter table if exists "approval_request" add constraint "approval_request_status_check" check("status" in ('pending', 'approved', 'rejected'));`,
    )
  }
}
