import { model } from "@medusajs/framework/utils"
import { PurchaseReceipt } from "./purchase-receipt"

/**
 * Units of one variant received at one location at one unit cost (net of VAT). Shipments take
 * units from the oldest layer first (FIFO); `remaining` is what is still on hand at that cost.
 */
export const CostLayer = model
  .define("cost_layer", {
    id: model.id({ prefix: "clay" }).primaryKey(),
    receipt: model.belongsTo(() => PurchaseReceipt, { mappedBy: "layers" }),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    sku: model.text(),
    location_id: model.text(),
    received_at: model.dateTime(),
    unit_cost: model.bigNumber(),
    currency_code: model.text(),
    quantity: model.number(),
    remaining: model.number(),
  })
  .indexes([{ on: ["variant_id", "received_at"] }])
