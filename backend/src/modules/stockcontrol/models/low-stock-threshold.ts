import { model } from "@medusajs/framework/utils"

/**
 * Low-stock threshold of one inventory item at one stock location. `alerted_at` is set when
 * staff were told it fell to or below the threshold, and cleared when it rises above again,
 * so each fall is announced once, not on every order.
 */
export const LowStockThreshold = model
  .define("low_stock_threshold", {
    id: model.id({ prefix: "lst" }).primaryKey(),
    inventory_item_id: model.text(),
    variant_id: model.text(),
    sku: model.text(),
    location_id: model.text(),
    threshold: model.number(),
    alerted_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["inventory_item_id", "location_id"], unique: true, where: "deleted_at IS NULL" }])
