import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201121038 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "channel_sku_alias" drop constraint if exists "channel_sku_alias_connection_id_external_sku_unique";`,
    )
    this.addSql(
      `alter table if exists "channel_order" drop constraint if exists "channel_order_connection_id_external_id_unique";`,
    )
    this.addSql(
      `alter table if exists "channel_event" drop constraint if exists "channel_event_connection_id_event_key_unique";`,
    )
    this.addSql(
      `create table if not exists "channel_connection" ("id" text not null, "type" text check ("type" in ('shopify', 'amazon', 'file')) not null, "name" text not null, "status" text check ("status" in ('enabled', 'paused')) not null default 'enabled', "config" jsonb null, "credentials" text null, "sales_channel_id" text not null, "stock_location_id" text not null, "safety_stock" integer not null default 0, "retail_company_id" text null, "retail_customer_id" text null, "sync_cursor" text null, "last_success_at" timestamptz null, "last_error" text null, "last_error_at" timestamptz null, "last_webhook_at" timestamptz null, "last_poll_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_connection_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_connection_deleted_at" ON "channel_connection" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "channel_event" ("id" text not null, "connection_id" text not null, "event_key" text not null, "topic" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_event_deleted_at" ON "channel_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_event_connection_id_event_key_unique" ON "channel_event" ("connection_id", "event_key") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "channel_order" ("id" text not null, "connection_id" text not null, "external_id" text not null, "external_number" text not null, "status" text check ("status" in ('received', 'waiting', 'imported', 'exception', 'ignored', 'cancelled')) not null default 'received', "external_status" text not null, "external_updated_at" timestamptz null, "payload" jsonb not null, "order_id" text null, "problems" jsonb null, "resolution" jsonb null, "attempts" integer not null default 0, "source" text check ("source" in ('webhook', 'poll', 'file', 'manual')) not null default 'webhook', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_order_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_order_connection_id" ON "channel_order" ("connection_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_order_deleted_at" ON "channel_order" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_order_connection_id_external_id_unique" ON "channel_order" ("connection_id", "external_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_order_status" ON "channel_order" ("status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_order_order_id" ON "channel_order" ("order_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "channel_sku_alias" ("id" text not null, "connection_id" text not null, "external_sku" text not null, "variant_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_sku_alias_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_sku_alias_deleted_at" ON "channel_sku_alias" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_sku_alias_connection_id_external_sku_unique" ON "channel_sku_alias" ("connection_id", "external_sku") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "channel_order" add constraint "channel_order_connection_id_foreign" foreign key ("connection_id") references "channel_connection" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "channel_order" drop constraint if exists "channel_order_connection_id_foreign";`,
    )

    this.addSql(`drop table if exists "channel_connection" cascade;`)

    this.addSql(`drop table if exists "channel_event" cascade;`)

    this.addSql(`drop table if exists "channel_order" cascade;`)

    this.addSql(`drop table if exists "channel_sku_alias" cascade;`)
  }
}
