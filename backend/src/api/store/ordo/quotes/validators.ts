import { z } from "@medusajs/framework/zod"
import { StoreCheckout } from "../carts/[id]/checkout/validators"

const poNumber = StoreCheckout.shape.po_number

export const StoreRequestQuote = z
  .object({
    cart_id: z.string().min(1, "cart_id: required"),
    message: z.string().trim().max(4000, "message: at most 4000 characters").optional(),
    po_number: poNumber.optional(),
  })
  .strict()

export const QuoteMessageBody = z
  .object({ body: z.string().trim().min(1, "body: write a message").max(4000, "body: at most 4000 characters") })
  .strict()

export const StoreAcceptQuote = z
  .object({ address_id: z.string().min(1, "address_id: choose a delivery address"), po_number: poNumber.optional() })
  .strict()

export const StoreRejectQuote = z
  .object({ reason: z.string().trim().min(1, "reason: say why").max(1000, "reason: at most 1000 characters") })
  .strict()

const decimalString = (field: string) =>
  z
    .union([z.string(), z.number()])
    .transform((x) => String(x).trim())
    .refine((x) => /^-?\d+(\.\d+)?$/.test(x), `${field}: must be a number such as 12.50`)

export const QuoteLineBody = z
  .object({
    variant_id: z.string().min(1).optional(),
    sku: z.string().min(1).optional(),
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
    company_id: z.string().min(1, "company_id: required"),
    customer_id: z.string().min(1, "customer_id: the buyer the quote is for"),
    lines,
    note: z.string().trim().max(4000).optional(),
    message: z.string().trim().max(4000).optional(),
  })
  .strict()

export const AdminReviseQuote = z.object({ lines, note: z.string().trim().max(4000).optional() }).strict()

export const AdminSendQuote = z
  .object({
    valid_until: z
      .string()
      .refine((x) => !Number.isNaN(Date.parse(x)), "valid_until: a date such as 2026-12-31")
      .optional(),
  })
  .strict()

export type QuoteLineBodyType = z.infer<typeof QuoteLineBody>
