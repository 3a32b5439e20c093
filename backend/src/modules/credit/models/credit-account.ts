import { model } from "@medusajs/framework/utils"

import { PAYMENT_TERMS } from "../../../domain/credit-terms"

export { PAYMENT_TERMS, type PaymentTerms } from "../../../domain/credit-terms"

/**
 * A company's credit arrangement: payment terms (prepaid; cash on delivery; deposit X % then
 * net N; net N; end of month + N), credit limit, hold, and when its invoices are issued.
 */
export const CreditAccount = model.define("credit_account", {
  id: model.id({ prefix: "cacc" }).primaryKey(),
  company_id: model.text().unique(),
  terms: model.enum([...PAYMENT_TERMS]).default("net"),
  net_days: model.number().default(30),
  deposit_percent: model.bigNumber().nullable(),
  /** In the company's currency; null: no limit. */
  credit_limit: model.bigNumber().nullable(),
  on_hold: model.boolean().default(false),
  hold_source: model.enum(["manual", "overdue"]).nullable(),
  hold_reason: model.text().nullable(),
  /** Automatic hold when any invoice is more than this many days overdue. */
  auto_hold_days: model.number().default(30),
  invoice_on: model.enum(["order_placed", "fulfillment", "manual"]).default("fulfillment"),
  dunning_paused: model.boolean().default(false),
})
