import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201084327 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "company" add column if not exists "retail_default" boolean not null default false;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company" drop column if exists "retail_default";`)
  }
}
