import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123034105 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "invoice" add column if not exists "source_invoice_id" text null, add column if not exists "reason" text null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "invoice" drop column if exists "source_invoice_id", drop column if exists "reason";`,
    )
  }
}
