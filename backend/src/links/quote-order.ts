import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import QuoteModule from "../modules/quote"

/** The order a quote became (read-only link over quote.order_id). */
export default defineLink({ linkable: QuoteModule.linkable.quote, field: "order_id" }, OrderModule.linkable.order, {
  readOnly: true,
})
