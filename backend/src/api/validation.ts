import { z } from "@medusajs/framework/zod"

/**
 * Bounded building blocks for every Ordo validator: amounts are decimal strings with a ceiling
 * and at most 4 decimals (money never becomes a float or 1e+30), dates fall between 2000 and
 * 2100, ids are short single tokens. Messages name the field.
 */
export const MAX_AMOUNT = "1000000000000" // 10^12 in the company's currency

const DECIMAL = /^\d{1,13}(\.\d{1,4})?$/
const SIGNED_DECIMAL = /^-?\d{1,13}(\.\d{1,4})?$/

const tooBig = (x: string) => Number(x.replace("-", "").split(".")[0]) > Number(MAX_AMOUNT)

export const amount = (field: string, opts: { signed?: boolean; allowEmpty?: boolean } = {}) =>
  z
    .union([z.string(), z.number()], { message: `${field}: must be a number such as 1200.50` })
    .transform((x) => String(x).trim())
    .refine(
      (x) => (opts.allowEmpty && x === "") || (opts.signed ? SIGNED_DECIMAL : DECIMAL).test(x),
      `${field}: must be a ${opts.signed ? "" : "non-negative "}number such as 1200.50, with at most 4 decimals`,
    )
    .refine((x) => x === "" || !tooBig(x), `${field}: at most 1,000,000,000,000`)

export const MIN_DATE = Date.parse("2000-01-01T00:00:00Z")
export const MAX_DATE = Date.parse("2100-12-31T23:59:59Z")

export const dateString = (field: string) =>
  z
    .string({ message: `${field}: a date such as 2026-11-23` })
    .max(40, `${field}: a date such as 2026-11-23`)
    .refine((x) => {
      const t = Date.parse(x)
      return !Number.isNaN(t) && t >= MIN_DATE && t <= MAX_DATE
    }, `${field}: a date between 2000-01-01 and 2100-12-31, such as 2026-11-23`)

export const id = (field: string) =>
  z
    .string({ message: `${field}: required` })
    .trim()
    .min(1, `${field}: required`)
    .max(100, `${field}: not a valid id`)
    .regex(/^[A-Za-z0-9_-]+$/, `${field}: not a valid id`)

/** `?lang=` of a document: English or Chinese; unset means the company's language. */
export const DocumentQuery = z
  .object({ lang: z.enum(["en", "zh-CN"], { message: "lang: en or zh-CN" }).optional() })
  .strict()

/** A statement of account: `?from=&to=` (inclusive days), `?format=csv|pdf`, `?lang=`. */
export const StatementQuery = DocumentQuery.extend({
  from: dateString("from").optional(),
  to: dateString("to").optional(),
  format: z.enum(["json", "csv", "pdf"], { message: "format: json, csv or pdf" }).optional(),
}).strict()

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "superseded"] as const
export const ApprovalListQuery = z
  .object({
    status: z.enum(APPROVAL_STATUSES, { message: `status: one of ${APPROVAL_STATUSES.join(", ")}` }).optional(),
  })
  .strict()

/** A search box: at most 100 characters. */
export const searchText = (field = "q") => z.string().trim().max(100, `${field}: at most 100 characters`)

/** `?rep=me|none|<staff user id>`: one rep's customers (a sales rep is held to their own anyway). */
export const RepQuery = z
  .string()
  .trim()
  .max(100, "rep: me, none or a staff user id")
  .regex(/^[A-Za-z0-9_-]*$/, "rep: me, none or a staff user id")
  .transform((v) => v || undefined)
  .optional()
