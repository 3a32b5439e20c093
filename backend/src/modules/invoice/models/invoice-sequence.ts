import { model } from "@medusajs/framework/utils"

/** The last number used per series and year; its row lock keeps numbering gapless under concurrency. */
export const InvoiceSequence = model
  .define("invoice_sequence", {
    id: model.id({ prefix: "iseq" }).primaryKey(),
    series: model.text(),
    year: model.number(),
    last: model.number().default(0),
  })
  .indexes([{ on: ["series", "year"], unique: true, where: "deleted_at IS NULL" }])
