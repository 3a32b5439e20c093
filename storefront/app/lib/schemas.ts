import { z } from "zod"

// Shared by forms (via matching HTML attributes) and actions. Messages are i18n keys.
export const MAX_LINE_QUANTITY = 100000
export const PO_NUMBER_MAX_LENGTH = 50

export const quantitySchema = z
  .string({ required_error: "errors.quantity", invalid_type_error: "errors.quantity" })
  .trim()
  .regex(/^\d+$/, "errors.quantity")
  .transform((value) => Number(value))
  .pipe(z.number().int("errors.quantity").min(1, "errors.quantity").max(MAX_LINE_QUANTITY, "errors.quantityMax"))

export const addToCartSchema = z.object({
  variant_id: z.string({ required_error: "errors.required" }).min(1, "errors.required"),
  quantity: quantitySchema,
})

export const updateLineSchema = z.object({
  line_id: z.string({ required_error: "errors.required" }).min(1, "errors.required"),
  quantity: quantitySchema,
})

export const loginSchema = z.object({
  email: z.string({ required_error: "errors.email" }).trim().email("errors.email"),
  password: z.string({ required_error: "errors.passwordRequired" }).min(1, "errors.passwordRequired"),
  redirectTo: z.string().optional(),
})

export const forgotPasswordSchema = z.object({
  email: z.string({ required_error: "errors.email" }).trim().email("errors.email"),
})

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, "reset.missing"),
    password: z.string({ required_error: "errors.passwordShort" }).min(8, "errors.passwordShort").max(200),
    confirm: z.string({ required_error: "errors.passwordMismatch" }),
  })
  .refine((f) => f.password === f.confirm, { message: "errors.passwordMismatch", path: ["confirm"] })

export const poNumberSchema = z
  .string({ required_error: "errors.poRequired" })
  .trim()
  .min(1, "errors.poRequired")
  .max(PO_NUMBER_MAX_LENGTH, "errors.poTooLong")

export const ORDER_NOTE_MAX_LENGTH = 1000

export const checkoutSchema = z.object({
  address_id: z.string({ required_error: "errors.addressRequired" }).min(1, "errors.addressRequired"),
  po_number: poNumberSchema,
  // Optional: an empty field sends nothing; the backend refuses a day in the past.
  requested_delivery_date: z
    .string()
    .trim()
    .refine((x) => x === "" || /^\d{4}-\d{2}-\d{2}$/.test(x), "errors.deliveryDate")
    .transform((x) => x || undefined)
    .optional(),
  note: z
    .string()
    .trim()
    .max(ORDER_NOTE_MAX_LENGTH, "errors.noteTooLong")
    .transform((x) => x || undefined)
    .optional(),
})

export const quickOrderSchema = z.object({
  text: z
    .string({ required_error: "errors.quickOrderEmpty" })
    .refine((t) => t.trim().length > 0, "errors.quickOrderEmpty"),
})

export type FieldErrors = Record<string, string[] | undefined>

/** Form entries become plain strings; files are ignored since no form uploads any. */
export function formToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string") out[key] = value
  }
  return out
}
