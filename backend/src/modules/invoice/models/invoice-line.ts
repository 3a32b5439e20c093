import { model } from "@medusajs/framework/utils"
import { Invoice } from "./invoice"

export const InvoiceLine = model.define("invoice_line", {
  id: model.id({ prefix: "invl" }).primaryKey(),
  sku: model.text().nullable(),
  title: model.text(),
  quantity: model.number(),
  unit_price: model.bigNumber(),
  tax_rate: model.bigNumber(),
  subtotal: model.bigNumber(),
  tax_total: model.bigNumber(),
  total: model.bigNumber(),
  invoice: model.belongsTo(() => Invoice, { mappedBy: "lines" }),
})
