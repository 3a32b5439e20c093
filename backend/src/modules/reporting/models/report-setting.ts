import { model } from "@medusajs/framework/utils"

/**
 * A reporting setting the managers can change, by key: e.g. `alerts` holds the order-drop
 * threshold and period. One row per key.
 */
export const ReportSetting = model
  .define("report_setting", {
    id: model.id({ prefix: "rset" }).primaryKey(),
    key: model.text(),
    value: model.json(),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])
