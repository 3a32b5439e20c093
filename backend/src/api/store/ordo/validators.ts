import { z } from "@medusajs/framework/zod"
import { dateString } from "../../validation"

export const ApprovalDecisionBody = z
  .object({
    decision: z.enum(["approved", "rejected"], { message: "decision: must be approved or rejected" }),
    comment: z.string().trim().max(1000, "comment: at most 1000 characters").optional(),
  })
  .strict()
export type ApprovalDecisionBodyType = z.infer<typeof ApprovalDecisionBody>

export const StoreListInvoices = z.object({ as_of: z.string().max(40).optional() }).strict()

export const BUYER_ORDER_STATUSES = ["requires_approval", "rejected", "pending", "completed", "canceled"] as const

/** The buyer's order history: a search, a status, a period and a page. */
export const StoreListOrders = z
  .object({
    q: z.string().trim().max(100, "q: at most 100 characters").optional(),
    status: z.enum(BUYER_ORDER_STATUSES, { message: `status: one of ${BUYER_ORDER_STATUSES.join(", ")}` }).optional(),
    from: dateString("from").optional(),
    to: dateString("to").optional(),
    page: z.coerce
      .number({ message: "page: a page number such as 2" })
      .int("page: a page number such as 2")
      .min(1, "page: a page number such as 2")
      .max(10_000, "page: at most 10000")
      .optional(),
  })
  .strict()
