import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Payment rate by region reads invoices per issue month, region and rep from this rollup
 * (recomputed per month from the invoice tables; ADR 028), and the refresh remembers when it last ran.
 */
export class Migration20261202021000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists payment_month (
      currency_code text not null, month date not null, region text not null, rep_id text not null,
      invoices integer not null default 0, invoiced numeric not null default 0,
      paid numeric not null default 0, paid_on_time numeric not null default 0,
      primary key (currency_code, month, region, rep_id)
    );`)
    this.addSql(`create table if not exists payment_month_state (
      id integer primary key default 1 check (id = 1), refreshed_at timestamptz not null
    );`)
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists payment_month, payment_month_state;")
  }
}
