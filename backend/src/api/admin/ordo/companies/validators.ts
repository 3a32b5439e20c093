import { z } from "@medusajs/framework/zod"
import { amount, id, RepQuery } from "../../../validation"

const aliases = z.array(z.string().trim().min(1).max(100)).max(20, "aliases: at most 20")
const locale = z.enum(["en", "zh-CN"], { message: "locale: en or zh-CN" })

export const AdminCreateCompany = z
  .object({
    legal_name: z.string().trim().min(1, "legal_name: required").max(200),
    aliases: aliases.optional(),
    tax_id: z.string().trim().max(50).optional(),
    currency_code: z.string().trim().toLowerCase().length(3, "currency_code: three letters, e.g. cny"),
    locale: locale.optional(),
  })
  .strict()

export const AdminUpdateCompany = z
  .object({
    legal_name: z.string().trim().min(1, "legal_name: required").max(200).optional(),
    aliases: aliases.optional(),
    tax_id: z.string().trim().max(50).nullable().optional(),
    locale: locale.optional(),
    /** The seller's retail account: customers without a company order under it (manager only). */
    retail_default: z.boolean().optional(),
  })
  .strict()

export const AdminCompanyAddress = z
  .object({
    label: z.string().trim().min(1, "label: e.g. Head office").max(100),
    address_1: z.string().trim().min(1, "address_1: required").max(200),
    address_2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1, "city: required").max(100),
    province: z.string().trim().max(100).optional(),
    postal_code: z.string().trim().max(20).optional(),
    country_code: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, "country_code: two letters, e.g. cn"),
    phone: z.string().trim().max(50).optional(),
    is_billing: z.boolean().optional(),
  })
  .strict()

export const AdminAddBuyer = z
  .object({
    customer_id: id("customer_id"),
    role: z.enum(["admin", "buyer", "finance"], { message: "role: admin, buyer or finance" }).default("buyer"),
    spending_limit: amount("spending_limit").nullable().optional(),
  })
  .strict()

export const AdminListCompanies = z.object({ rep: RepQuery }).strict()

export const AdminAssignSalesRep = z
  .object({
    sales_rep_id: z
      .string({ message: "sales_rep_id: a staff user id, or null for nobody" })
      .trim()
      .min(1, "sales_rep_id: a staff user id, or null for nobody")
      .max(100, "sales_rep_id: not a valid id")
      .regex(/^[A-Za-z0-9_-]+$/, "sales_rep_id: not a valid id")
      .nullable(),
  })
  .strict()
