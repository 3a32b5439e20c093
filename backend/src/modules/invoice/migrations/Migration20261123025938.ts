import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123025938 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "payment_record" drop constraint if exists "payment_record_idempotency_key_unique";`,
    )
    this.addSql(
      `alter table if exists "invoice_sequence" drop constraint if exists "invoice_sequence_series_year_unique";`,
    )
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_fulfillment_id_unique";`)
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`)
    this.addSql(
      `create table if not exists "invoice" ("id" text not null, "number" text not null, "year" integer not null, "sequence" integer not null, "kind" text check ("kind" in ('invoice', 'credit_note', 'deposit')) not null default 'invoice', "company_id" text not null, "order_id" text null, "fulfillment_id" text null, "currency_code" text not null, "subtotal" numeric not null, "tax_total" numeric not null, "total" numeric not null, "paid_total" numeric not null default 0, "status" text check ("status" in ('issued', 'partially_paid', 'paid', 'void')) not null default 'issued', "issued_at" timestamptz not null, "due_at" timestamptz not null, "void_reason" text null, "raw_subtotal" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "raw_paid_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_fulfillment_id_unique" ON "invoice" ("fulfillment_id") WHERE fulfillment_id IS NOT NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_company_id_status" ON "invoice" ("company_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_order_id" ON "invoice" ("order_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "invoice_line" ("id" text not null, "sku" text null, "title" text not null, "quantity" integer not null, "unit_price" numeric not null, "tax_rate" numeric not null, "subtotal" numeric not null, "tax_total" numeric not null, "total" numeric not null, "invoice_id" text not null, "raw_unit_price" jsonb not null, "raw_tax_rate" jsonb not null, "raw_subtotal" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_line_invoice_id" ON "invoice_line" ("invoice_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_line_deleted_at" ON "invoice_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "invoice_sequence" ("id" text not null, "series" text not null, "year" integer not null, "last" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_sequence_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_sequence_deleted_at" ON "invoice_sequence" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_sequence_series_year_unique" ON "invoice_sequence" ("series", "year") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "payment_record" ("id" text not null, "company_id" text not null, "method" text check ("method" in ('bank_transfer', 'cash', 'cheque', 'card')) not null, "reference" text null, "amount" numeric not null, "unallocated" numeric not null, "currency_code" text not null, "received_at" timestamptz not null, "idempotency_key" text null, "reversed_at" timestamptz null, "reversal_reason" text null, "recorded_by" text null, "raw_amount" jsonb not null, "raw_unallocated" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_record_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_record_deleted_at" ON "payment_record" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_record_idempotency_key_unique" ON "payment_record" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_record_company_id" ON "payment_record" ("company_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "payment_allocation" ("id" text not null, "invoice_id" text not null, "amount" numeric not null, "payment_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_allocation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_allocation_payment_id" ON "payment_allocation" ("payment_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_allocation_deleted_at" ON "payment_allocation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_allocation_invoice_id" ON "payment_allocation" ("invoice_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "payment_allocation" add constraint "payment_allocation_payment_id_foreign" foreign key ("payment_id") references "payment_record" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice_line" drop constraint if exists "invoice_line_invoice_id_foreign";`)

    this.addSql(
      `alter table if exists "payment_allocation" drop constraint if exists "payment_allocation_payment_id_foreign";`,
    )

    this.addSql(`drop table if exists "invoice" cascade;`)

    this.addSql(`drop table if exists "invoice_line" cascade;`)

    this.addSql(`drop table if exists "invoice_sequence" cascade;`)

    this.addSql(`drop table if exists "payment_record" cascade;`)

    this.addSql(`drop table if exists "payment_allocation" cascade;`)
  }
}
