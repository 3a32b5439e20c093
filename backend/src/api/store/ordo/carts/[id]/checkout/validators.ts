import { z } from "@medusajs/framework/zod"
import { orderNote, requestedDeliveryDate } from "../../../../../order-request"
import { id } from "../../../../../validation"

export const PO_NUMBER_MAX = 50

export const StoreCheckout = z
  .object({
    address_id: id("address_id"),
    po_number: z
      .string()
      .trim()
      .min(1, "Enter your purchase-order number")
      .max(PO_NUMBER_MAX, `The PO number can be at most ${PO_NUMBER_MAX} characters`)
      .regex(/^[\p{L}\p{N} ._/#-]+$/u, "The PO number may contain letters, digits, spaces and . _ / # -"),
    requested_delivery_date: requestedDeliveryDate().optional(),
    note: orderNote().optional(),
  })
  .strict()

export type StoreCheckoutType = z.infer<typeof StoreCheckout>
