import { z } from "@medusajs/framework/zod"

export const ApprovalDecisionBody = z
  .object({
    decision: z.enum(["approved", "rejected"], { message: "decision: must be approved or rejected" }),
    comment: z.string().trim().max(1000, "comment: at most 1000 characters").optional(),
  })
  .strict()
export type ApprovalDecisionBodyType = z.infer<typeof ApprovalDecisionBody>

export const StoreListInvoices = z.object({ as_of: z.string().max(40).optional() }).strict()
