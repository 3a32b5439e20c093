import { z } from "@medusajs/framework/zod"

const limit = z
  .union([z.string(), z.number()])
  .transform((x) => String(x).trim())
  .refine(
    (x) => /^\d+(\.\d{1,2})?$/.test(x),
    "spending_limit: a positive amount with at most 2 decimals, or null for no limit",
  )
  .nullable()

export const InviteBuyerBody = z
  .object({
    email: z.string().trim().email("email: not a valid e-mail address"),
    role: z.enum(["admin", "buyer", "finance"], { message: "role: admin, buyer or finance" }).default("buyer"),
    spending_limit: limit.optional(),
  })
  .strict()

export const UpdateBuyerBody = z
  .object({
    role: z.enum(["admin", "buyer", "finance"], { message: "role: admin, buyer or finance" }).optional(),
    spending_limit: limit.optional(),
  })
  .strict()

export const AcceptInviteBody = z
  .object({
    first_name: z.string().trim().min(1, "first_name: required").max(100),
    last_name: z.string().trim().min(1, "last_name: required").max(100),
    password: z.string().min(8, "password: at least 8 characters").max(200),
  })
  .strict()
