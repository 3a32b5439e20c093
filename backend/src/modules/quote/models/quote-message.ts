import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

/** The conversation on a quote, buyer and staff alike. */
export const QuoteMessage = model.define("quote_message", {
  id: model.id({ prefix: "qmsg" }).primaryKey(),
  author_type: model.enum(["customer", "user"]),
  author_id: model.text(),
  author_name: model.text(),
  body: model.text(),
  quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
})
