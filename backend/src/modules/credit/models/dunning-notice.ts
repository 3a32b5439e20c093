import { model } from "@medusajs/framework/utils"

/** A reminder sent (the log). Unique per invoice and level: each level goes out at most once. */
export const DunningNotice = model
  .define("dunning_notice", {
    id: model.id({ prefix: "dnot" }).primaryKey(),
    invoice_id: model.text(),
    invoice_number: model.text(),
    level_id: model.text(),
    level_name: model.text(),
    company_id: model.text(),
    email: model.text(),
    days_overdue: model.number(),
    sent_for: model.dateTime(),
  })
  .indexes([{ on: ["invoice_id", "level_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["company_id"] }])
