import { z } from "@medusajs/framework/zod"
import { orderNote, requestedDeliveryDate } from "../../../order-request"
import { amount, id, searchText } from "../../../validation"

const price = (field: string) => amount(field, { allowEmpty: true })

const Address = z
  .object({
    first_name: z.string().trim().max(100).optional(),
    last_name: z.string().trim().max(100).optional(),
    company: z.string().trim().max(200).optional(),
    address_1: z.string().trim().max(300).optional(),
    address_2: z.string().trim().max(300).optional(),
    city: z.string().trim().max(100).optional(),
    province: z.string().trim().max(100).optional(),
    postal_code: z.string().trim().max(20).optional(),
    country_code: z.string().trim().toLowerCase().length(2, "shipping_address.country_code: two letters").optional(),
    phone: z.string().trim().max(50).optional(),
  })
  .strict()

export const EntryBody = z
  .object({
    company_id: id("company_id"),
    customer_id: id("customer_id"),
    lines: z
      .array(
        z
          .object({
            sku: z.string().trim().min(1).max(100).optional(),
            variant_id: id("lines.variant_id").optional(),
            quantity: z
              .number({ message: "lines.quantity: must be a number" })
              .min(-1_000_000_000, "lines.quantity: out of range")
              .max(1_000_000_000, "lines.quantity: out of range"),
            unit_price: price("lines.unit_price").nullish(),
          })
          .strict()
          .refine((l) => l.sku || l.variant_id, "lines: each line needs a sku or a variant_id"),
      )
      .max(1000, "lines: at most 1000 lines per order"),
    address_id: id("address_id").optional(),
    shipping_address: Address.optional(),
    shipping_amount: price("shipping_amount").optional(),
  })
  .strict()

export const SubmitBody = EntryBody.extend({
  action: z.enum(["draft", "quote", "place"], { message: "action: draft, quote or place" }),
  confirmed: z.array(z.string().max(200)).max(2000).optional(),
  po_number: z.string().trim().max(100).optional(),
  note: orderNote().optional(),
  requested_delivery_date: requestedDeliveryDate().optional(),
  draft_order_id: id("draft_order_id").optional(),
}).strict()

export const ParseBody = z
  .object({
    company_id: id("company_id"),
    text: z.string().max(2_000_000, "text: too long"),
  })
  .strict()

export const CustomerSearchQuery = z.object({ q: searchText().optional() }).strict()

export const ProductSearchQuery = z.object({ company_id: id("company_id"), q: searchText().optional() }).strict()
