import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Covering indexes for the report scans measured at 1M orders (ADR 028): a year of whole-order
 * rows of sales_day, and the all-reps (or one rep's) product rows of a period, read from the
 * index alone instead of picking rows out of the primary key's range.
 */
export class Migration20261202022000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("drop index if exists sales_day_category, sales_month_category;")
    for (const [table, period] of [
      ["sales_day", "day"],
      ["sales_month", "month"],
    ])
      this.addSql(`create index if not exists ${table}_category on ${table} (currency_code, category_id, ${period})
        include (channel_id, region, rep_id, orders, quantity, net_amount, cost_amount);`)
    for (const [table, period] of [
      ["product_day", "day"],
      ["product_month", "month"],
    ])
      this.addSql(`create index if not exists ${table}_rep on ${table} (currency_code, rep_id, ${period})
        include (product_id, category_id, orders, quantity, net_amount, cost_amount);`)
  }

  override async down(): Promise<void> {
    this.addSql("drop index if exists product_day_rep, product_month_rep;")
  }
}
