import { model } from "@medusajs/framework/utils"

/** Units of an allocation put back by one received return (unique per return and allocation). */
export const CostReturn = model
  .define("cost_return", {
    id: model.id({ prefix: "cret" }).primaryKey(),
    return_id: model.text(),
    allocation_id: model.text(),
    order_id: model.text(),
    quantity: model.number(),
  })
  .indexes([{ on: ["return_id", "allocation_id"], unique: true, where: "deleted_at IS NULL" }])
