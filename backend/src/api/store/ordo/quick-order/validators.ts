import { z } from "@medusajs/framework/zod"

export const StoreQuickOrder = z
  .object({
    cart_id: z.string().min(1).max(100).optional(),
    text: z
      .string()
      .min(1, "Paste at least one line of 'SKU quantity'")
      .max(100_000, "The pasted text is longer than 100,000 characters"),
  })
  .strict()

export type StoreQuickOrderType = z.infer<typeof StoreQuickOrder>
