import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123032717 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "dunning_notice" drop constraint if exists "dunning_notice_invoice_id_level_id_unique";`,
    )
    this.addSql(
      `create table if not exists "dunning_level" ("id" text not null, "name" text not null, "offset_days" integer not null, "tone" text check ("tone" in ('friendly', 'reminder', 'firm', 'final')) not null, "hold" boolean not null default false, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_level_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_level_deleted_at" ON "dunning_level" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "dunning_notice" ("id" text not null, "invoice_id" text not null, "invoice_number" text not null, "level_id" text not null, "level_name" text not null, "company_id" text not null, "email" text not null, "days_overdue" integer not null, "sent_for" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_notice_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_notice_deleted_at" ON "dunning_notice" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dunning_notice_invoice_id_level_id_unique" ON "dunning_notice" ("invoice_id", "level_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_notice_company_id" ON "dunning_notice" ("company_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dunning_level" cascade;`)

    this.addSql(`drop table if exists "dunning_notice" cascade;`)
  }
}
