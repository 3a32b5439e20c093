import { z } from "@medusajs/framework/zod"

export const CheckoutSessionBody = z
  .object({
    success_url: z.string().url("success_url: a full URL").max(2000),
    cancel_url: z.string().url("cancel_url: a full URL").max(2000),
  })
  .strict()
