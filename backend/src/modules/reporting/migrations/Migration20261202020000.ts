import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Reports filter the sales rollups by currency, category row ('*' for whole orders) and period:
 * without these, a period scan reads every category's rows to keep one in ten (ADR 028).
 */
export class Migration20261202020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index if not exists sales_day_category on sales_day (currency_code, category_id, day);")
    this.addSql("create index if not exists sales_month_category on sales_month (currency_code, category_id, month);")
  }

  override async down(): Promise<void> {
    this.addSql("drop index if exists sales_day_category, sales_month_category;")
  }
}
