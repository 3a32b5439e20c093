import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123025935 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "credit_account" drop constraint if exists "credit_account_company_id_unique";`)
    this.addSql(
      `create table if not exists "credit_account" ("id" text not null, "company_id" text not null, "terms" text check ("terms" in ('prepaid', 'cod', 'deposit', 'net', 'eom')) not null default 'net', "net_days" integer not null default 30, "deposit_percent" numeric null, "credit_limit" numeric null, "on_hold" boolean not null default false, "hold_source" text check ("hold_source" in ('manual', 'overdue')) null, "hold_reason" text null, "auto_hold_days" integer not null default 30, "invoice_on" text check ("invoice_on" in ('order_placed', 'fulfillment', 'manual')) not null default 'fulfillment', "dunning_paused" boolean not null default false, "raw_deposit_percent" jsonb null, "raw_credit_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_account_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_account_company_id_unique" ON "credit_account" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_credit_account_deleted_at" ON "credit_account" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credit_account" cascade;`)
  }
}
