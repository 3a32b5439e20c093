import { model } from "@medusajs/framework/utils"

/** Audit of a manual stock change: adjustment (±), transfer between locations, or goods received. */
export const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "smov" }).primaryKey(),
    kind: model.enum(["adjustment", "transfer", "receipt"]),
    inventory_item_id: model.text(),
    variant_id: model.text(),
    sku: model.text(),
    from_location_id: model.text().nullable(),
    to_location_id: model.text().nullable(),
    quantity: model.number(),
    reason: model.text(),
    reference: model.text().nullable(),
    actor_id: model.text(),
    actor_name: model.text(),
  })
  .indexes([{ on: ["sku"] }, { on: ["created_at"] }])
