import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

/**
 * One immutable set of quoted lines. Amounts inside `lines` are decimal strings in the
 * quote's currency (see QuoteLine in ../types.ts); `total` is their sum.
 */
export const QuoteVersion = model
  .define("quote_version", {
    id: model.id({ prefix: "qver" }).primaryKey(),
    version: model.number(),
    lines: model.json(),
    total: model.bigNumber(),
    note: model.text().nullable(),
    author_type: model.enum(["customer", "user"]),
    author_id: model.text(),
    author_name: model.text(),
    quote: model.belongsTo(() => Quote, { mappedBy: "versions" }),
  })
  .indexes([{ on: ["quote_id", "version"], unique: true, where: "deleted_at IS NULL" }])
