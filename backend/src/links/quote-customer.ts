import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import QuoteModule from "../modules/quote"

/** The buyer a quote is for (read-only link over quote.customer_id). */
export default defineLink(
  { linkable: QuoteModule.linkable.quote, field: "customer_id" },
  CustomerModule.linkable.customer,
  {
    readOnly: true,
  },
)
