import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123012745 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company_buyer" drop constraint if exists "company_buyer_customer_id_unique";`)
    this.addSql(
      `create table if not exists "company" ("id" text not null, "legal_name" text not null, "aliases" text[] not null default '{}', "tax_id" text null, "currency_code" text not null, "locale" text check ("locale" in ('en', 'zh-CN')) not null default 'en', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "company_buyer" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer', 'finance')) not null default 'buyer', "spending_limit" numeric null, "company_id" text not null, "raw_spending_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_buyer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_buyer_customer_id_unique" ON "company_buyer" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_buyer_company_id" ON "company_buyer" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_buyer_deleted_at" ON "company_buyer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "company_buyer" add constraint "company_buyer_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company_buyer" drop constraint if exists "company_buyer_company_id_foreign";`)

    this.addSql(`drop table if exists "company" cascade;`)

    this.addSql(`drop table if exists "company_buyer" cascade;`)
  }
}
