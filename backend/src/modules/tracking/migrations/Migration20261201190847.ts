import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201190847 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "shipment" add column if not exists "completes_order" boolean not null default false;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "shipment" drop column if exists "completes_order";`)
  }
}
