import { z } from "@medusajs/framework/zod"
import { amount } from "../../../validation"

const limit = amount("spending_limit").nullable()

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
