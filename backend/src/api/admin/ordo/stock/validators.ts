import { z } from "@medusajs/framework/zod"
import { amount, dateString, id } from "../../../validation"

const sku = z.string().trim().min(1, "sku: required").max(100)
const location = (field: string) => id(field)
const reason = z.string().trim().min(1, "reason: say why the stock changes").max(500)
const whole = (field: string) =>
  z.number({ message: `${field}: must be a whole number` }).int(`${field}: must be a whole number`)

export const ThresholdBody = z
  .object({
    sku,
    location_id: location("location_id"),
    threshold: whole("threshold").min(0, "threshold: 0 or more").max(1_000_000).nullable(),
  })
  .strict()

export const AdjustmentBody = z
  .object({
    sku,
    location_id: location("location_id"),
    quantity: whole("quantity")
      .refine((q) => q !== 0, "quantity: must not be 0")
      .refine((q) => Math.abs(q) <= 1_000_000, "quantity: at most 1,000,000 at a time"),
    reason,
  })
  .strict()

export const TransferBody = z
  .object({
    sku,
    from_location_id: location("from_location_id"),
    to_location_id: location("to_location_id"),
    quantity: whole("quantity").min(1, "quantity: at least 1").max(1_000_000),
    reason,
  })
  .strict()

export const ReceiptBody = z
  .object({
    supplier: z.string().trim().min(1, "supplier: required").max(200),
    received_at: dateString("received_at"),
    reference: z.string().trim().max(100).optional(),
    currency_code: z.string().trim().toLowerCase().length(3, "currency_code: three letters").optional(),
    lines: z
      .array(
        z
          .object({
            sku,
            location_id: location("lines.location_id"),
            quantity: whole("lines.quantity").min(1, "lines.quantity: at least 1").max(1_000_000),
            unit_cost: amount("lines.unit_cost"),
          })
          .strict(),
      )
      .min(1, "lines: at least one line")
      .max(1000),
  })
  .strict()

const skuQuery = z.string().trim().toUpperCase().max(100, "sku: at most 100 characters")

export const LevelsQuery = z
  .object({
    q: z.string().trim().max(100, "q: at most 100 characters").optional(),
    low: z.enum(["true", "false", "1", "0"], { message: "low: true or false" }).optional(),
    limit: z.coerce
      .number({ message: "limit: a number" })
      .int("limit: a whole number")
      .min(1, "limit: at least 1")
      .max(200, "limit: at most 200")
      .default(50),
    offset: z.coerce
      .number({ message: "offset: a number" })
      .int("offset: a whole number")
      .min(0, "offset: 0 or more")
      .max(1_000_000, "offset: at most 1,000,000")
      .default(0),
  })
  .strict()

export const MovementsQuery = z.object({ sku: skuQuery.optional() }).strict()

export const CostLayersQuery = z.object({ sku: skuQuery.pipe(z.string().min(1, "sku: required")) }).strict()
