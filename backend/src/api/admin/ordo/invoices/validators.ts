import { z } from "@medusajs/framework/zod"
import { INVOICE_LIST_STATUSES } from "../../../../queries/receivables/invoices"
import { amount, dateString, id, RepQuery, searchText } from "../../../validation"

export const AdminIssueInvoice = z.object({ order_id: id("order_id") }).strict()
export const AdminVoidInvoice = z.object({ reason: z.string().trim().min(1, "reason: say why").max(500) }).strict()

export const AdminRecordPayment = z
  .object({
    company_id: id("company_id"),
    // Zero and negative amounts get the ledger's own message ("must be more than 0").
    amount: amount("amount", { signed: true }),
    currency_code: z.string().trim().toLowerCase().length(3).optional(),
    method: z.enum(["bank_transfer", "cash", "cheque"], { message: "method: bank_transfer, cash or cheque" }),
    reference: z.string().trim().max(100).optional(),
    received_at: dateString("received_at").optional(),
    allocations: z
      .array(z.object({ invoice_id: id("allocations.invoice_id"), amount: amount("allocations.amount") }).strict())
      .max(200)
      .optional(),
  })
  .strict()

export const AdminReversePayment = z.object({ reason: z.string().trim().min(1, "reason: say why").max(500) }).strict()

const money = amount("credit_limit")

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
            sku: z.string().min(1, "lines.sku: required").max(100),
            quantity: z
              .number()
              .int("lines.quantity: whole units")
              .min(1, "lines.quantity: at least 1")
              .max(100_000, "lines.quantity: at most 100,000"),
          })
          .strict(),
      )
      .min(1, "lines: at least one line")
      .max(1000),
  })
  .strict()

export const AdminApplyCreditNote = z.object({ invoice_id: id("invoice_id"), amount: amount("amount") }).strict()

export const AdminApplyCredit = z
  .object({
    allocations: z
      .array(z.object({ invoice_id: id("allocations.invoice_id"), amount: amount("allocations.amount") }).strict())
      .max(200)
      .optional(),
  })
  .strict()

/** An empty query parameter (a filter left at "any") is no filter. */
const blankless = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional())
const optionalId = (field: string) => blankless(id(field))

export const AdminListInvoices = z
  .object({
    company_id: optionalId("company_id"),
    /** One sales rep's customers: me, none or a staff user id (a sales rep is held to their own). */
    rep: RepQuery,
    order_id: optionalId("order_id"),
    kind: blankless(
      z.enum(["invoice", "credit_note", "deposit"], { message: "kind: invoice, credit_note or deposit" }),
    ),
    status: blankless(z.enum(INVOICE_LIST_STATUSES, { message: "status: open, overdue, paid or void" })),
    q: searchText().optional(),
    as_of: dateString("as_of").optional(),
    limit: z.coerce.number({ message: "limit: a number" }).int("limit: a whole number").min(1).max(200).default(200),
    offset: z.coerce.number({ message: "offset: a number" }).int("offset: a whole number").min(0).default(0),
  })
  .strict()

/** The AR ageing report: `?rep=` narrows it to one rep's customers (a sales rep is held to their own). */
export const AdminAgeingQuery = z.object({ rep: RepQuery }).strict()

export const AdminListPayments = z
  .object({
    company_id: optionalId("company_id"),
    limit: z.coerce.number({ message: "limit: a number" }).int("limit: a whole number").min(1).max(200).default(200),
    offset: z.coerce.number({ message: "offset: a number" }).int("offset: a whole number").min(0).default(0),
  })
  .strict()
