import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InvoiceModule from "../modules/invoice"

/** The order an invoice bills (read-only link over invoice.order_id). */
export default defineLink({ linkable: InvoiceModule.linkable.invoice, field: "order_id" }, OrderModule.linkable.order, {
  readOnly: true,
})
