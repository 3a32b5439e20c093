import { model } from "@medusajs/framework/utils"
import { QUOTE_STATUSES } from "../../../domain/quote-status"
import { QuoteMessage } from "./quote-message"
import { QuoteVersion } from "./quote-version"

/**
 * A request for quote and its negotiation. Prices live in immutable versions; the quote row
 * holds where the negotiation stands. `order_id` is unique: one quote becomes at most one order.
 */
export const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    display_id: model.autoincrement(),
    company_id: model.text(),
    /** The buyer who asked (or, for staff-created quotes, the buyer it is addressed to). */
    customer_id: model.text(),
    region_id: model.text(),
    currency_code: model.text(),
    status: model.enum([...QUOTE_STATUSES]).default("draft"),
    valid_until: model.dateTime().nullable(),
    po_number: model.text().nullable(),
    current_version: model.number().default(1),
    sent_at: model.dateTime().nullable(),
    decided_at: model.dateTime().nullable(),
    rejection_reason: model.text().nullable(),
    /** Staff's word to the buyer on delivery: lead time, or what comes later on backorder. */
    lead_time_note: model.text().nullable(),
    /** Staff user who created it from the admin; null for buyer requests. */
    created_by: model.text().nullable(),
    /** The sales rep who owns it: the company's rep when it was created (a Medusa admin user id). */
    sales_rep_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    versions: model.hasMany(() => QuoteVersion, { mappedBy: "quote" }),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
  })
  .indexes([
    { on: ["company_id", "status"] },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL AND deleted_at IS NULL" },
  ])
  .cascades({ delete: ["versions", "messages"] })
