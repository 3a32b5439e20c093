import { z } from "@medusajs/framework/zod"
import { id } from "../../../validation"

const measure = (field: string, max: number) =>
  z.coerce
    .number({ message: `${field}: a number` })
    .positive(`${field}: more than 0`)
    .max(max, `${field}: at most ${max}`)

export const ShipmentBody = z
  .object({
    items: z
      .array(
        z.object({
          id: id("items.id"),
          quantity: z.coerce
            .number({ message: "items.quantity: a number" })
            .int("items.quantity: a whole number")
            .min(0),
        }),
        { message: "items: a list of lines and quantities" },
      )
      .max(500)
      .optional(),
    rate_id: z.string().trim().min(1, "rate_id: required").max(100, "rate_id: not a valid rate").optional(),
    carrier: z.string().trim().min(1, "carrier: required").max(40).optional(),
    tracking_number: z.string().trim().max(60, "tracking_number: at most 60 characters").optional(),
  })
  .strict()
  .refine((b) => !!b.rate_id || (!!b.carrier && !!b.tracking_number), {
    message: "tracking_number: enter the carrier and the tracking number, or pick a rate to buy a label",
  })
export type ShipmentBody = z.infer<typeof ShipmentBody>

export const RatesBody = z
  .object({
    parcel: z
      .object({
        weight_kg: measure("parcel.weight_kg", 70),
        length_cm: measure("parcel.length_cm", 300),
        width_cm: measure("parcel.width_cm", 300),
        height_cm: measure("parcel.height_cm", 300),
      })
      .strict()
      .optional(),
  })
  .strict()
export type RatesBody = z.infer<typeof RatesBody>
