import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123020039 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "quote_version" drop constraint if exists "quote_version_quote_id_version_unique";`,
    )
    this.addSql(`alter table if exists "quote" drop constraint if exists "quote_order_id_unique";`)
    this.addSql(
      `create table if not exists "quote" ("id" text not null, "display_id" serial, "company_id" text not null, "customer_id" text not null, "region_id" text not null, "currency_code" text not null, "status" text check ("status" in ('draft', 'sent', 'accepted', 'rejected', 'expired', 'ordered')) not null default 'draft', "valid_until" timestamptz null, "po_number" text null, "current_version" integer not null default 1, "sent_at" timestamptz null, "decided_at" timestamptz null, "rejection_reason" text null, "created_by" text null, "cart_id" text null, "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_company_id_status" ON "quote" ("company_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_order_id_unique" ON "quote" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "quote_message" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'user')) not null, "author_id" text not null, "author_name" text not null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "quote_version" ("id" text not null, "version" integer not null, "lines" jsonb not null, "total" numeric not null, "note" text null, "author_type" text check ("author_type" in ('customer', 'user')) not null, "author_id" text not null, "author_name" text not null, "quote_id" text not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_version_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_version_quote_id" ON "quote_version" ("quote_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_version_deleted_at" ON "quote_version" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_version_quote_id_version_unique" ON "quote_version" ("quote_id", "version") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "quote_version" add constraint "quote_version_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote_message" drop constraint if exists "quote_message_quote_id_foreign";`)

    this.addSql(`alter table if exists "quote_version" drop constraint if exists "quote_version_quote_id_foreign";`)

    this.addSql(`drop table if exists "quote" cascade;`)

    this.addSql(`drop table if exists "quote_message" cascade;`)

    this.addSql(`drop table if exists "quote_version" cascade;`)
  }
}
