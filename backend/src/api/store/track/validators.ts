import { z } from "@medusajs/framework/zod"

/** ?order_number=1001&postal_code=200120 (not `order`: Medusa reads that as the sort), ?order=1001&email=…, or ?tracking_number=SF… */
export const TrackQuery = z
  .object({
    order_number: z.coerce
      .number({ message: "order_number: an order number such as 1001" })
      .int("order_number: an order number such as 1001")
      .positive("order_number: an order number such as 1001")
      .max(2_147_483_647, "order_number: an order number such as 1001")
      .optional(),
    postal_code: z.string().trim().min(2, "postal_code: required").max(20, "postal_code: too long").optional(),
    email: z.string().trim().email("email: an e-mail address").max(200).optional(),
    tracking_number: z
      .string()
      .trim()
      .min(6, "tracking_number: at least 6 characters")
      .max(60, "tracking_number: too long")
      .optional(),
  })
  .strict()
  .refine((q) => !!q.tracking_number || (!!q.order_number && (!!q.postal_code || !!q.email)), {
    message: "order_number: enter the order number with its postal code or e-mail, or a tracking number",
  })
export type TrackQuery = z.infer<typeof TrackQuery>
