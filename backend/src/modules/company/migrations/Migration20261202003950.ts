import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202003950 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "sales_rep_id" text null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_sales_rep_id" ON "company" ("sales_rep_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_company_sales_rep_id";`)
    this.addSql(`alter table if exists "company" drop column if exists "sales_rep_id";`)
  }
}
