import { z } from "@medusajs/framework/zod"
import { APPROVAL_RULE_TYPES, APPROVER_ROLES } from "../../../../domain/approval-rules"
import { amount } from "../../../validation"

const decimal = (field: string) => amount(field)

export const ApprovalRuleBody = z
  .object({
    name: z.string().trim().min(1, "name: required").max(100),
    type: z.enum(APPROVAL_RULE_TYPES),
    amount: decimal("amount").optional().nullable(),
    currency_code: z.string().trim().toLowerCase().length(3, "currency_code: three letters").optional().nullable(),
    percent: decimal("percent")
      .refine((x) => Number(x) <= 100, "percent: at most 100")
      .optional()
      .nullable(),
    levels: z.array(z.enum(APPROVER_ROLES)).min(1, "levels: at least one approver role"),
    active: z.boolean().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.type === "order_total_above" && (r.amount == null || !r.currency_code))
      ctx.addIssue({ code: "custom", path: ["amount"], message: "amount and currency_code are required for this rule" })
    if (r.type === "line_discount_above" && r.percent == null)
      ctx.addIssue({ code: "custom", path: ["percent"], message: "percent is required for this rule" })
  })

export const ApprovalRuleUpdate = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    amount: decimal("amount").optional().nullable(),
    percent: decimal("percent")
      .refine((x) => Number(x) <= 100, "percent: at most 100")
      .optional()
      .nullable(),
    levels: z.array(z.enum(APPROVER_ROLES)).min(1).optional(),
    active: z.boolean().optional(),
  })
  .strict()
