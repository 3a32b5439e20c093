import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202005905 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "alert" drop constraint if exists "alert_occurrence_key_unique";`)
    this.addSql(
      `create table if not exists "alert" ("id" text not null, "kind" text check ("kind" in ('product_order_drop', 'customer_cadence_drop', 'company_on_hold')) not null, "subject_id" text not null, "subject_label" text not null, "occurrence_key" text not null, "rep_id" text not null default '', "details" jsonb not null, "notified" jsonb not null, "delivered_at" timestamptz null, "dismissed_at" timestamptz null, "dismissed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "alert_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_alert_occurrence_key_unique" ON "alert" ("occurrence_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_alert_deleted_at" ON "alert" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_alert_dismissed_at_created_at" ON "alert" ("dismissed_at", "created_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert" cascade;`)
  }
}
