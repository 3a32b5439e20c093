import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123020042 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "approval_decision" drop constraint if exists "approval_decision_request_id_level_unique";`,
    )
    this.addSql(
      `alter table if exists "approval_request" drop constraint if exists "approval_request_order_id_unique";`,
    )
    this.addSql(
      `create table if not exists "approval_request" ("id" text not null, "order_id" text not null, "quote_id" text null, "company_id" text not null, "requested_by" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "chain" jsonb not null, "reasons" jsonb not null, "current_level" integer not null default 1, "order_total" numeric not null, "currency_code" text not null, "decided_at" timestamptz null, "raw_order_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_request_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_approval_request_deleted_at" ON "approval_request" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_request_order_id_unique" ON "approval_request" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_approval_request_company_id_status" ON "approval_request" ("company_id", "status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "approval_decision" ("id" text not null, "level" integer not null, "role" text not null, "decision" text check ("decision" in ('approved', 'rejected')) not null, "actor_type" text check ("actor_type" in ('customer', 'user')) not null, "actor_id" text not null, "actor_name" text not null, "comment" text null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_decision_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_approval_decision_request_id" ON "approval_decision" ("request_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_approval_decision_deleted_at" ON "approval_decision" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_decision_request_id_level_unique" ON "approval_decision" ("request_id", "level") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "approval_rule" ("id" text not null, "name" text not null, "type" text check ("type" in ('order_total_above', 'line_discount_above', 'buyer_over_spending_limit', 'company_over_credit_limit', 'company_on_hold')) not null, "amount" numeric null, "currency_code" text null, "percent" numeric null, "levels" jsonb not null, "active" boolean not null default true, "raw_amount" jsonb null, "raw_percent" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_rule_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_approval_rule_deleted_at" ON "approval_rule" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "approval_decision" add constraint "approval_decision_request_id_foreign" foreign key ("request_id") references "approval_request" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "approval_decision" drop constraint if exists "approval_decision_request_id_foreign";`,
    )

    this.addSql(`drop table if exists "approval_request" cascade;`)

    this.addSql(`drop table if exists "approval_decision" cascade;`)

    this.addSql(`drop table if exists "approval_rule" cascade;`)
  }
}
