import { model } from "@medusajs/framework/utils"

/**
 * Units of a shipped order line taken from one cost layer (or, with no layer left, uncosted).
 * `returned_quantity` of them came back and were put back on the same layer.
 */
export const CostAllocation = model
  .define("cost_allocation", {
    id: model.id({ prefix: "calc" }).primaryKey(),
    order_id: model.text(),
    order_item_id: model.text(),
    fulfillment_id: model.text(),
    variant_id: model.text(),
    layer_id: model.text().nullable(),
    quantity: model.number(),
    returned_quantity: model.number().default(0),
    unit_cost: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["fulfillment_id"] }])
