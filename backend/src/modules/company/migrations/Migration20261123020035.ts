import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123020035 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company_invite" drop constraint if exists "company_invite_token_hash_unique";`)
    this.addSql(
      `create table if not exists "company_address" ("id" text not null, "label" text not null, "address_1" text not null, "address_2" text null, "city" text not null, "province" text null, "postal_code" text null, "country_code" text not null, "phone" text null, "is_billing" boolean not null default false, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_address_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_address_company_id" ON "company_address" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_address_deleted_at" ON "company_address" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "company_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer', 'finance')) not null default 'buyer', "spending_limit" numeric null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "customer_id" text null, "invited_by" text not null, "company_id" text not null, "raw_spending_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_invite_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_invite_token_hash_unique" ON "company_invite" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_invite_company_id" ON "company_invite" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_invite_deleted_at" ON "company_invite" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_invite_email" ON "company_invite" ("email") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "company_address" add constraint "company_address_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "company_invite" add constraint "company_invite_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "company_address" cascade;`)

    this.addSql(`drop table if exists "company_invite" cascade;`)
  }
}
