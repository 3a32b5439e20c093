import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201181840 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "tracking_event" drop constraint if exists "tracking_event_shipment_id_dedupe_key_unique";`,
    )
    this.addSql(
      `alter table if exists "shipment" drop constraint if exists "shipment_order_id_carrier_tracking_number_unique";`,
    )
    this.addSql(
      `create table if not exists "shipment" ("id" text not null, "order_id" text not null, "fulfillment_id" text null, "order_display_id" integer not null, "lookup_email" text null, "lookup_postal_code" text null, "carrier" text not null, "tracking_number" text not null, "tracking_url" text null, "label_url" text null, "source" text check ("source" in ('shippo', 'manual')) not null, "trackable" boolean not null default false, "registered_at" timestamptz null, "status" text check ("status" in ('UNKNOWN', 'PRE_TRANSIT', 'TRANSIT', 'DELIVERED', 'RETURNED', 'FAILURE')) not null default 'UNKNOWN', "status_details" text null, "status_at" timestamptz null, "eta" timestamptz null, "shipped_at" timestamptz not null, "completes_order" boolean not null default false, "delivered_at" timestamptz null, "last_checked_at" timestamptz null, "origin_pushed_at" timestamptz null, "origin_push_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipment_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipment_deleted_at" ON "shipment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipment_order_id" ON "shipment" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipment_tracking_number" ON "shipment" ("tracking_number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipment_order_display_id" ON "shipment" ("order_display_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipment_order_id_carrier_tracking_number_unique" ON "shipment" ("order_id", "carrier", "tracking_number") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "tracking_event" ("id" text not null, "dedupe_key" text not null, "status" text check ("status" in ('UNKNOWN', 'PRE_TRANSIT', 'TRANSIT', 'DELIVERED', 'RETURNED', 'FAILURE')) not null, "substatus" text null, "details" text null, "location" text null, "occurred_at" timestamptz not null, "shipment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tracking_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tracking_event_shipment_id" ON "tracking_event" ("shipment_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tracking_event_deleted_at" ON "tracking_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tracking_event_shipment_id_dedupe_key_unique" ON "tracking_event" ("shipment_id", "dedupe_key") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "tracking_event" add constraint "tracking_event_shipment_id_foreign" foreign key ("shipment_id") references "shipment" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "tracking_event" drop constraint if exists "tracking_event_shipment_id_foreign";`,
    )

    this.addSql(`drop table if exists "shipment" cascade;`)

    this.addSql(`drop table if exists "tracking_event" cascade;`)
  }
}
