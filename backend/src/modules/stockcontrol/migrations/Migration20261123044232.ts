import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123044232 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "low_stock_threshold" drop constraint if exists "low_stock_threshold_inventory_item_id_location_id_unique";`,
    )
    this.addSql(
      `alter table if exists "cost_return" drop constraint if exists "cost_return_return_id_allocation_id_unique";`,
    )
    this.addSql(
      `create table if not exists "cost_allocation" ("id" text not null, "order_id" text not null, "order_item_id" text not null, "fulfillment_id" text not null, "variant_id" text not null, "layer_id" text null, "quantity" integer not null, "returned_quantity" integer not null default 0, "unit_cost" numeric null, "currency_code" text null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cost_allocation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cost_allocation_deleted_at" ON "cost_allocation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cost_allocation_order_id" ON "cost_allocation" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cost_allocation_fulfillment_id" ON "cost_allocation" ("fulfillment_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "cost_return" ("id" text not null, "return_id" text not null, "allocation_id" text not null, "order_id" text not null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cost_return_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cost_return_deleted_at" ON "cost_return" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cost_return_return_id_allocation_id_unique" ON "cost_return" ("return_id", "allocation_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "low_stock_threshold" ("id" text not null, "inventory_item_id" text not null, "variant_id" text not null, "sku" text not null, "location_id" text not null, "threshold" integer not null, "alerted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "low_stock_threshold_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_low_stock_threshold_deleted_at" ON "low_stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_low_stock_threshold_inventory_item_id_location_id_unique" ON "low_stock_threshold" ("inventory_item_id", "location_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "purchase_receipt" ("id" text not null, "supplier" text not null, "received_at" timestamptz not null, "reference" text null, "currency_code" text not null, "created_by" text null, "adds_stock" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_receipt_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_receipt_deleted_at" ON "purchase_receipt" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "cost_layer" ("id" text not null, "receipt_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "sku" text not null, "location_id" text not null, "received_at" timestamptz not null, "unit_cost" numeric not null, "currency_code" text not null, "quantity" integer not null, "remaining" integer not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cost_layer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cost_layer_receipt_id" ON "cost_layer" ("receipt_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cost_layer_deleted_at" ON "cost_layer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cost_layer_variant_id_received_at" ON "cost_layer" ("variant_id", "received_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "stock_movement" ("id" text not null, "kind" text check ("kind" in ('adjustment', 'transfer', 'receipt')) not null, "inventory_item_id" text not null, "variant_id" text not null, "sku" text not null, "from_location_id" text null, "to_location_id" text null, "quantity" integer not null, "reason" text not null, "reference" text null, "actor_id" text not null, "actor_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_sku" ON "stock_movement" ("sku") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_created_at" ON "stock_movement" ("created_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "cost_layer" add constraint "cost_layer_receipt_id_foreign" foreign key ("receipt_id") references "purchase_receipt" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cost_layer" drop constraint if exists "cost_layer_receipt_id_foreign";`)

    this.addSql(`drop table if exists "cost_allocation" cascade;`)

    this.addSql(`drop table if exists "cost_return" cascade;`)

    this.addSql(`drop table if exists "low_stock_threshold" cascade;`)

    this.addSql(`drop table if exists "purchase_receipt" cascade;`)

    this.addSql(`drop table if exists "cost_layer" cascade;`)

    this.addSql(`drop table if exists "stock_movement" cascade;`)
  }
}
