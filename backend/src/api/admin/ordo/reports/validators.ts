import { z } from "@medusajs/framework/zod"
import { id } from "../../../validation"

const day = (field: string) =>
  z
    .string({ message: `${field}: a date such as 2026-01-31` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field}: a date such as 2026-01-31`)
    .refine((x) => !Number.isNaN(Date.parse(`${x}T00:00:00Z`)) && x >= "2000-01-01" && x <= "2100-12-31", {
      message: `${field}: a date between 2000-01-01 and 2100-12-31`,
    })
const text = (field: string) => z.string().trim().max(100, `${field}: at most 100 characters`)

/** The filters every report takes: `?from=&to=` (inclusive days), bucket size, currency and dimensions. */
export const ReportQuery = z
  .object({
    from: day("from").optional(),
    to: day("to").optional(),
    period: z.enum(["day", "week", "month"], { message: "period: day, week or month" }).optional(),
    currency: z
      .string({ message: "currency: required, a currency code such as cny (currencies are never added together)" })
      .regex(/^[A-Za-z]{3}$/, "currency: a currency code such as cny"),
    category: id("category").optional(),
    region: text("region").optional(),
    channel: id("channel").optional(),
    rep: id("rep").optional(),
    by: z
      .enum(["category", "region", "channel", "rep"], { message: "by: category, region, channel or rep" })
      .optional(),
    product: id("product").optional(),
    limit: z.coerce
      .number({ message: "limit: a number" })
      .int("limit: a whole number")
      .min(1, "limit: at least 1")
      .max(100, "limit: at most 100")
      .optional(),
    format: z.enum(["json", "csv", "xlsx"], { message: "format: json, csv or xlsx" }).optional(),
  })
  .strict()
export type ReportQuery = z.infer<typeof ReportQuery>

/** Rebuild: every order, or only these. */
export const RebuildBody = z
  .object({
    order_ids: z
      .array(id("order_ids"), { message: "order_ids: a list of order ids" })
      .min(1, "order_ids: at least one")
      .max(1000, "order_ids: at most 1,000")
      .optional(),
  })
  .strict()
export type RebuildBody = z.infer<typeof RebuildBody>
