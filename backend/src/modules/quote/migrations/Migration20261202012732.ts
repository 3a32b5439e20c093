import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202012732 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" add column if not exists "sales_rep_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote" drop column if exists "sales_rep_id";`)
  }
}
