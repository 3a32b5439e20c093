import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Sales facts and rollups, written by hand: plain numeric money (no BigNumber raw columns),
 * date keys and composite primary keys that the `+=` upserts conflict on. Dimension columns are
 * never null ("" when unknown) so they can be part of a key.
 */
export class Migration20261202004500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists sales_order_fact (
      order_id text primary key,
      placed_at timestamptz not null,
      day date not null,
      company_id text not null default '',
      customer_id text not null default '',
      rep_id text not null default '',
      region text not null default '',
      channel_id text not null default '',
      currency_code text not null,
      quantity bigint not null default 0,
      net_amount numeric not null default 0,
      cost_amount numeric not null default 0
    );`)
    this.addSql(`create index if not exists sales_order_fact_company_day on sales_order_fact (company_id, day);`)
    this.addSql(`create index if not exists sales_order_fact_currency_day on sales_order_fact (currency_code, day);`)
    this.addSql(`create table if not exists sales_line_fact (
      line_id text primary key,
      order_id text not null,
      day date not null,
      currency_code text not null,
      company_id text not null default '',
      rep_id text not null default '',
      region text not null default '',
      channel_id text not null default '',
      product_id text not null default '',
      variant_id text not null default '',
      category_id text not null default '',
      quantity integer not null,
      net_amount numeric not null,
      cost_amount numeric not null
    );`)
    this.addSql(`create index if not exists sales_line_fact_order on sales_line_fact (order_id);`)
    for (const [table, period] of [
      ["sales_day", "day"],
      ["sales_month", "month"],
    ])
      this.addSql(`create table if not exists ${table} (
        currency_code text not null, ${period} date not null, channel_id text not null, region text not null,
        rep_id text not null, category_id text not null,
        orders integer not null default 0, quantity bigint not null default 0,
        net_amount numeric not null default 0, cost_amount numeric not null default 0,
        primary key (currency_code, ${period}, channel_id, region, rep_id, category_id)
      );`)
    for (const [table, period] of [
      ["product_day", "day"],
      ["product_month", "month"],
    ]) {
      this.addSql(`create table if not exists ${table} (
        currency_code text not null, ${period} date not null, product_id text not null, rep_id text not null,
        category_id text not null default '',
        orders integer not null default 0, quantity bigint not null default 0,
        net_amount numeric not null default 0, cost_amount numeric not null default 0,
        primary key (currency_code, ${period}, product_id, rep_id)
      );`)
      this.addSql(`create index if not exists ${table}_product on ${table} (product_id, ${period});`)
    }
    this.addSql(`create table if not exists customer_month (
      currency_code text not null, month date not null, company_id text not null, rep_id text not null,
      orders integer not null default 0, quantity bigint not null default 0,
      net_amount numeric not null default 0, cost_amount numeric not null default 0,
      primary key (currency_code, month, company_id, rep_id)
    );`)
  }

  override async down(): Promise<void> {
    this.addSql(
      "drop table if exists sales_order_fact, sales_line_fact, sales_day, sales_month, product_day, product_month, customer_month;",
    )
  }
}
