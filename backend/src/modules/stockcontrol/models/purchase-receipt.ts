import { model } from "@medusajs/framework/utils"
import { CostLayer } from "./cost-layer"

/** Goods received from a supplier; each line becomes a FIFO cost layer. */
export const PurchaseReceipt = model.define("purchase_receipt", {
  id: model.id({ prefix: "prec" }).primaryKey(),
  supplier: model.text(),
  received_at: model.dateTime(),
  reference: model.text().nullable(),
  currency_code: model.text(),
  created_by: model.text().nullable(),
  /** false for an opening balance: layers for stock that is already counted. */
  adds_stock: model.boolean().default(true),
  layers: model.hasMany(() => CostLayer, { mappedBy: "receipt" }),
})
