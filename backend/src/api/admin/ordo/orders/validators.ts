import { z } from "@medusajs/framework/zod"
import {
  ORDER_LIST_PAYMENT_STATES,
  ORDER_LIST_SHIPPING_STATES,
  ORDER_LIST_STATUSES,
} from "../../../../queries/order/order-list"
import { id, searchText } from "../../../validation"

const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field}: a date such as 2026-11-23`)
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), `${field}: a date such as 2026-11-23`)

/** One of the given states, or "" for any; the message names the field (a refine keeps it as written). */
const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z
    .string()
    .refine((v) => v === "" || (values as readonly string[]).includes(v), `${field}: one of ${values.join(", ")}`)
    .transform((v) => (v === "" ? undefined : (v as T)))

export const OrderListQuery = z
  .object({
    status: z
      .enum(ORDER_LIST_STATUSES, { message: `status: one of ${ORDER_LIST_STATUSES.join(", ")}` })
      .or(z.literal("").transform(() => undefined))
      .optional(),
    payment: oneOf("payment", ORDER_LIST_PAYMENT_STATES).optional(),
    shipping: oneOf("shipping", ORDER_LIST_SHIPPING_STATES).optional(),
    channel: id("channel")
      .or(z.literal("").transform(() => undefined))
      .optional(),
    company_id: id("company_id")
      .or(z.literal("").transform(() => undefined))
      .optional(),
    /** The owning sales rep: a staff user id, or "me". */
    rep: id("rep")
      .or(z.literal("").transform(() => undefined))
      .optional(),
    q: searchText().optional(),
    from: day("from")
      .or(z.literal("").transform(() => undefined))
      .optional(),
    to: day("to")
      .or(z.literal("").transform(() => undefined))
      .optional(),
    limit: z.coerce.number({ message: "limit: a number" }).int("limit: a whole number").min(1).max(200).default(50),
    offset: z.coerce.number({ message: "offset: a number" }).int("offset: a whole number").min(0).default(0),
  })
  .strict()
