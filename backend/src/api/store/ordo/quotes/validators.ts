import { z } from "@medusajs/framework/zod"
import { QUOTE_STATUSES } from "../../../../domain/quote-status"
import { amount, dateString, id } from "../../../validation"
import { StoreCheckout } from "../carts/[id]/checkout/validators"

const poNumber = StoreCheckout.shape.po_number

export const StoreRequestQuote = z
  .object({
    cart_id: id("cart_id"),
    message: z.string().trim().max(4000, "message: at most 4000 characters").optional(),
    po_number: poNumber.optional(),
  })
  .strict()

export const QuoteMessageBody = z
  .object({ body: z.string().trim().min(1, "body: write a message").max(4000, "body: at most 4000 characters") })
  .strict()

export const StoreAcceptQuote = z.object({ address_id: id("address_id"), po_number: poNumber.optional() }).strict()

export const StoreRejectQuote = z
  .object({ reason: z.string().trim().min(1, "reason: say why").max(1000, "reason: at most 1000 characters") })
  .strict()

const decimalString = (field: string) => amount(field, { signed: true })

export const QuoteLineBody = z
  .object({
    variant_id: id("variant_id").optional(),
    sku: z.string().trim().min(1).max(100).optional(),
    quantity: z
      .number({ message: "quantity: must be a whole number" })
      .int("quantity: must be a whole number")
      .min(1, "quantity: at least 1")
      .max(100000, "quantity: at most 100,000"),
    unit_price: decimalString("unit_price")
      .refine((x) => !x.startsWith("-"), "unit_price: cannot be negative")
      .optional(),
    discount_percent: decimalString("discount_percent")
      .refine((x) => Number(x) >= 0 && Number(x) <= 100, "discount_percent: must be between 0 and 100")
      .optional(),
  })
  .strict()
  .refine((l) => l.variant_id || l.sku, "lines: each line needs a variant_id or a sku")
  .refine(
    (l) => l.unit_price == null || l.discount_percent == null,
    "lines: give a unit_price or a discount_percent, not both",
  )

const lines = z.array(QuoteLineBody).min(1, "lines: at least one line").max(500, "lines: at most 500")

export const AdminCreateQuote = z
  .object({
    company_id: id("company_id"),
    customer_id: id("customer_id"),
    lines,
    note: z.string().trim().max(4000).optional(),
    message: z.string().trim().max(4000).optional(),
  })
  .strict()

export const AdminReviseQuote = z.object({ lines, note: z.string().trim().max(4000).optional() }).strict()

export const AdminSendQuote = z
  .object({
    valid_until: dateString("valid_until").optional(),
    /** Lead time or backorder note the buyer reads on the quote; "" clears it. */
    lead_time_note: z
      .string({ message: "lead_time_note: write the lead time as text" })
      .trim()
      .refine((x) => x.length <= 1000, "lead_time_note: at most 1000 characters")
      .optional(),
  })
  .strict()

export type QuoteLineBodyType = z.infer<typeof QuoteLineBody>

export const QuoteListQuery = z
  .object({
    status: z.enum(QUOTE_STATUSES, { message: `status: one of ${QUOTE_STATUSES.join(", ")}` }).optional(),
    company_id: id("company_id").optional(),
  })
  .strict()
