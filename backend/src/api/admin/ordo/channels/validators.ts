import { z } from "@medusajs/framework/zod"
import { CHANNEL_ORDER_STATUSES, CHANNEL_TYPES } from "../../../../domain/marketplace"
import { id } from "../../../validation"

const secret = (field: string) => z.string().trim().min(1, `${field}: required`).max(500)
const currency = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, "config.currency_code: a three-letter currency code, e.g. CNY")

export const ChannelConnectionBody = z
  .object({
    type: z.enum(CHANNEL_TYPES, { message: `type: one of ${CHANNEL_TYPES.join(", ")}` }),
    name: z.string().trim().min(1, "name: required").max(100),
    stock_location_id: id("stock_location_id"),
    safety_stock: z
      .number()
      .int("safety_stock: a whole number")
      .min(0, "safety_stock: 0 or more")
      .max(1_000_000)
      .optional(),
    config: z
      .object({
        currency_code: currency,
        shop_domain: z
          .string()
          .trim()
          .regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i, "config.shop_domain: the store's myshopify.com domain")
          .optional(),
        api_base_url: z.string().url("config.api_base_url: a URL").optional(),
        marketplace_ids: z.array(z.string().trim().min(1)).max(20).optional(),
        /** Amazon: the LWA token endpoint (default Amazon's own) and the seller id listings are patched under. */
        token_url: z.string().url("config.token_url: a URL").optional(),
        seller_id: z.string().trim().min(1).max(50).optional(),
        /** Back-fill: the first poll brings every order changed since this date (default: a week). */
        sync_from: z
          .string()
          .datetime({ offset: true, message: "config.sync_from: a date and time, e.g. 2026-01-01T00:00:00Z" })
          .optional(),
        /** File connections: the offset of dates written without one, e.g. +08:00. */
        utc_offset: z
          .string()
          .regex(/^[+-]\d{2}:\d{2}$/, "config.utc_offset: an offset such as +08:00")
          .optional(),
        /** Shopify: the location whose inventory levels Ordo sets. */
        location_id: z
          .string()
          .trim()
          .regex(/^\d{1,20}$/, "config.location_id: the Shopify location's numeric id")
          .optional(),
      })
      .strict(),
    credentials: z
      .object({
        access_token: secret("credentials.access_token").optional(),
        webhook_secret: secret("credentials.webhook_secret").optional(),
        refresh_token: secret("credentials.refresh_token").optional(),
        client_id: secret("credentials.client_id").optional(),
        client_secret: secret("credentials.client_secret").optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.type === "amazon") {
      if (!b.config.marketplace_ids?.length)
        ctx.addIssue({
          code: "custom",
          path: ["config", "marketplace_ids"],
          message: "config.marketplace_ids: at least one Amazon marketplace id",
        })
      for (const field of ["client_id", "client_secret", "refresh_token"] as const)
        if (!b.credentials?.[field])
          ctx.addIssue({
            code: "custom",
            path: ["credentials", field],
            message: `credentials.${field}: required for Amazon`,
          })
    }
    if (b.type === "shopify" && !b.config.shop_domain)
      ctx.addIssue({
        code: "custom",
        path: ["config", "shop_domain"],
        message: "config.shop_domain: required for Shopify",
      })
    if (b.type === "shopify" && !b.credentials?.webhook_secret)
      ctx.addIssue({
        code: "custom",
        path: ["credentials", "webhook_secret"],
        message: "credentials.webhook_secret: required for Shopify (it signs the webhooks)",
      })
  })

/**
 * "Test connection": the connect body, with the credentials the type needs to call the
 * marketplace (nothing is stored, so nothing can be filled in later).
 */
export const ChannelConnectionTestBody = ChannelConnectionBody.superRefine((b, ctx) => {
  const need = (field: "access_token" | "client_id" | "client_secret" | "refresh_token", what: string) => {
    if (!b.credentials?.[field])
      ctx.addIssue({ code: "custom", path: ["credentials", field], message: `credentials.${field}: ${what}` })
  }
  if (b.type === "shopify") need("access_token", "required to test a Shopify store")
  if (b.type === "amazon") {
    need("client_id", "required to test Amazon")
    need("client_secret", "required to test Amazon")
    need("refresh_token", "required to test Amazon")
    if (!b.config.marketplace_ids?.length)
      ctx.addIssue({
        code: "custom",
        path: ["config", "marketplace_ids"],
        message: "config.marketplace_ids: at least one, e.g. ATVPDKIKX0DER",
      })
  }
  if (b.type === "file")
    ctx.addIssue({ code: "custom", path: ["type"], message: "type: a file source has no connection to test" })
})

export const ChannelConnectionUpdate = z
  .object({
    status: z.enum(["enabled", "paused"], { message: "status: enabled or paused" }).optional(),
    safety_stock: z
      .number()
      .int("safety_stock: a whole number")
      .min(0, "safety_stock: 0 or more")
      .max(1_000_000)
      .optional(),
  })
  .strict()

export const ChannelOrdersQuery = z
  .object({
    status: z
      .enum(CHANNEL_ORDER_STATUSES, { message: `status: one of ${CHANNEL_ORDER_STATUSES.join(", ")}` })
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

/** Base64 of a file up to 20 MB (27 MB of text). */
const MAX_FILE_BASE64 = 28_000_000

export const OrderFileBody = z
  .object({
    filename: z
      .string()
      .trim()
      .min(1, "filename: required")
      .max(200)
      .regex(/\.(csv|txt|tsv|xlsx)$/i, "filename: a .csv or .xlsx file"),
    content_base64: z
      .string()
      .min(1, "file: the file is empty")
      .max(MAX_FILE_BASE64, "file: at most 20 MB")
      .regex(/^[A-Za-z0-9+/=\s]+$/, "file: not a file upload (base64 expected)"),
    preset: z
      .enum(["auto", "generic", "shopify", "amazon", "taobao"], {
        message: "preset: auto, generic, shopify, amazon or taobao",
      })
      .default("auto"),
  })
  .strict()

export const ChannelPushesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const ChannelOrderResolveBody = z
  .object({
    skus: z.record(z.string().trim().min(1).max(200), id("skus")).optional(),
    customer_id: id("customer_id").optional(),
    remember: z.boolean().optional(),
  })
  .strict()
  .refine(
    (b) => Object.keys(b.skus ?? {}).length > 0 || !!b.customer_id,
    "skus: map at least one SKU or pick a customer",
  )
