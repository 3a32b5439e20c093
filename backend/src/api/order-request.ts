import { z } from "@medusajs/framework/zod"
import { deliveryDateProblem, ORDER_NOTE_MAX } from "../domain/order-request"

/** The requested delivery date of an order (YYYY-MM-DD, today or later), for checkout and staff entry alike. */
export const requestedDeliveryDate = (field = "requested_delivery_date") =>
  z
    .string({ message: `${field}: a date such as 2026-12-24` })
    .trim()
    .superRefine((x, ctx) => {
      const problem = deliveryDateProblem(x, new Date(), field)
      if (problem) ctx.addIssue({ code: "custom", message: problem })
    })

/** A note on the order for whoever handles it (at most 1,000 characters). */
export const orderNote = (field = "note") =>
  z
    .string({ message: `${field}: text` })
    .trim()
    // A refinement, not .max(): Medusa words a too_big issue itself and drops this message.
    .refine((x) => x.length <= ORDER_NOTE_MAX, `${field}: at most ${ORDER_NOTE_MAX.toLocaleString("en")} characters`)
