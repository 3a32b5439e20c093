import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201211330 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" add column if not exists "lead_time_note" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote" drop column if exists "lead_time_note";`)
  }
}
