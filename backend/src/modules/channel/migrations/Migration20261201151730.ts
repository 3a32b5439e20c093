import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201151730 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "channel_listing" drop constraint if exists "channel_listing_connection_id_variant_id_unique";`,
    )
    this.addSql(
      `create table if not exists "channel_import" ("id" text not null, "connection_id" text not null, "filename" text not null, "preset" text not null, "status" text check ("status" in ('running', 'done', 'failed')) not null default 'running', "orders" jsonb not null, "row_errors" jsonb null, "total" integer not null default 0, "processed" integer not null default 0, "outcomes" jsonb null, "heartbeat_at" timestamptz null, "finished_at" timestamptz null, "error" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_import_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_import_deleted_at" ON "channel_import" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_import_connection_id_created_at" ON "channel_import" ("connection_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_import_status" ON "channel_import" ("status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "channel_listing" ("id" text not null, "connection_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "external_sku" text not null, "external_id" text not null, "last_sent" integer null, "last_sent_at" timestamptz null, "last_error" text null, "last_error_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_listing_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_listing_deleted_at" ON "channel_listing" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_listing_connection_id_variant_id_unique" ON "channel_listing" ("connection_id", "variant_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_listing_inventory_item_id" ON "channel_listing" ("inventory_item_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "channel_push" ("id" text not null, "connection_id" text not null, "listing_id" text not null, "quantity" integer not null, "idempotency_key" text not null, "status" text check ("status" in ('sent', 'failed')) not null, "error" text null, "latency_ms" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_push_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_push_deleted_at" ON "channel_push" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_push_connection_id_created_at" ON "channel_push" ("connection_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_push_listing_id" ON "channel_push" ("listing_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "channel_import" cascade;`)

    this.addSql(`drop table if exists "channel_listing" cascade;`)

    this.addSql(`drop table if exists "channel_push" cascade;`)
  }
}
