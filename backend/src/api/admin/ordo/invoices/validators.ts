import { z } from "@medusajs/framework/zod"

const amount = (field: string) =>
  z
    .union([z.string(), z.number()])
    .transform((x) => String(x).trim())
    .refine((x) => /^-?\d+(\.\d+)?$/.test(x), `${field}: must be a number such as 1200.50`)

export const AdminIssueInvoice = z.object({ order_id: z.string().min(1, "order_id: required") }).strict()
export const AdminVoidInvoice = z.object({ reason: z.string().trim().min(1, "reason: say why").max(500) }).strict()

export const AdminRecordPayment = z
  .object({
    company_id: z.string().min(1, "company_id: required"),
    amount: amount("amount"),
    currency_code: z.string().trim().toLowerCase().length(3).optional(),
    method: z.enum(["bank_transfer", "cash", "cheque"], { message: "method: bank_transfer, cash or cheque" }),
    reference: z.string().trim().max(100).optional(),
    received_at: z
      .string()
      .refine((x) => !Number.isNaN(Date.parse(x)), "received_at: a date such as 2026-11-23")
      .optional(),
    allocations: z
      .array(z.object({ invoice_id: z.string().min(1), amount: amount("allocations.amount") }).strict())
      .max(200)
      .optional(),
  })
  .strict()

export const AdminReversePayment = z.object({ reason: z.string().trim().min(1, "reason: say why").max(500) }).strict()

const money = z
  .union([z.string(), z.number()])
  .transform((x) => String(x).trim())
  .refine((x) => /^\d+(\.\d{1,2})?$/.test(x), "credit_limit: a positive amount with at most 2 decimals")

export const AdminCreditAccount = z
  .object({
    terms: z.enum(["prepaid", "cod", "deposit", "net", "eom"]).optional(),
    net_days: z.number().int().min(0, "net_days: 0 or more").max(365).optional(),
    deposit_percent: z
      .union([z.string(), z.number()])
      .transform((x) => String(x))
      .refine((x) => /^\d+(\.\d+)?$/.test(x) && Number(x) <= 100, "deposit_percent: 0–100")
      .nullable()
      .optional(),
    credit_limit: money.nullable().optional(),
    on_hold: z.boolean().optional(),
    hold_reason: z.string().trim().max(500).nullable().optional(),
    auto_hold_days: z.number().int().min(1).max(365).optional(),
    invoice_on: z.enum(["order_placed", "fulfillment", "manual"]).optional(),
    dunning_paused: z.boolean().optional(),
  })
  .strict()

export const AdminCreditNote = z
  .object({
    reason: z.string().trim().min(1, "reason: e.g. returned goods").max(500),
    lines: z
      .array(
        z
          .object({
            sku: z.string().min(1, "lines.sku: required"),
            quantity: z.number().int("lines.quantity: whole units").min(1, "lines.quantity: at least 1"),
          })
          .strict(),
      )
      .min(1, "lines: at least one line"),
  })
  .strict()

export const AdminApplyCredit = z
  .object({
    allocations: z
      .array(z.object({ invoice_id: z.string().min(1), amount: amount("allocations.amount") }).strict())
      .max(200)
      .optional(),
  })
  .strict()
