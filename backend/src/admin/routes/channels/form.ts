/**
 * The "Connect a marketplace" form without React: its fields, the body it sends (the same for
 * "Test connection" and "Connect"), what must be filled in before anything is sent, and the
 * API's 400 message read back onto the fields it names.
 */

export const CONNECT_TYPES = ["shopify", "amazon", "file"] as const
export type ConnectType = (typeof CONNECT_TYPES)[number]

export type ConnectForm = {
  type: ConnectType
  name: string
  currency_code: string
  stock_location_id: string
  safety_stock: string
  shop_domain: string
  access_token: string
  webhook_secret: string
  api_base_url: string
  client_id: string
  client_secret: string
  refresh_token: string
  /** Comma or space separated, as typed. */
  marketplace_ids: string
  /** Amazon: the seller id listings are patched under, and the LWA token endpoint (optional). */
  seller_id: string
  token_url: string
  /** Shopify: the numeric id of the location whose inventory Ordo sets. */
  location_id: string
  /** Shopify/Amazon: the first poll back-fills orders changed since this day (YYYY-MM-DD; default a week). */
  sync_from: string
  /** File: the offset of dates written without one, e.g. +08:00. */
  utc_offset: string
}
export type ConnectField = keyof ConnectForm

export const EMPTY_CONNECT_FORM: ConnectForm = {
  type: "shopify",
  name: "",
  currency_code: "",
  stock_location_id: "",
  safety_stock: "",
  shop_domain: "",
  access_token: "",
  webhook_secret: "",
  api_base_url: "",
  client_id: "",
  client_secret: "",
  refresh_token: "",
  marketplace_ids: "",
  seller_id: "",
  token_url: "",
  location_id: "",
  sync_from: "",
  utc_offset: "",
}

/** The fields each type shows, in order, after the common ones. */
export const TYPE_FIELDS: Record<ConnectType, ConnectField[]> = {
  shopify: ["shop_domain", "access_token", "webhook_secret", "location_id", "sync_from", "api_base_url"],
  amazon: [
    "client_id",
    "client_secret",
    "refresh_token",
    "marketplace_ids",
    "seller_id",
    "sync_from",
    "token_url",
    "api_base_url",
  ],
  file: ["utc_offset"],
}

/** A file source keeps no stock on a marketplace: nothing to hold back. */
export const hasSafetyStock = (type: ConnectType) => type !== "file"

/** Secrets are typed into password fields (never shown back, never kept after connecting). */
export const SECRET_FIELDS: ConnectField[] = ["access_token", "webhook_secret", "client_secret", "refresh_token"]

const REQUIRED: Record<ConnectType, ConnectField[]> = {
  shopify: ["name", "currency_code", "stock_location_id", "shop_domain", "access_token", "webhook_secret"],
  amazon: [
    "name",
    "currency_code",
    "stock_location_id",
    "client_id",
    "client_secret",
    "refresh_token",
    "marketplace_ids",
  ],
  file: ["name", "currency_code", "stock_location_id"],
}

export const splitIds = (s: string) =>
  s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean)

/** The connect body (validators.ts ChannelConnectionBody): only the chosen type's fields, nothing empty. */
export function connectBody(f: ConnectForm) {
  const text = (s: string) => s.trim() || undefined
  const shopify = f.type === "shopify"
  const amazon = f.type === "amazon"
  const ids = splitIds(f.marketplace_ids)
  const credentials = Object.fromEntries(
    Object.entries(
      shopify
        ? { access_token: text(f.access_token), webhook_secret: text(f.webhook_secret) }
        : amazon
          ? {
              client_id: text(f.client_id),
              client_secret: text(f.client_secret),
              refresh_token: text(f.refresh_token),
            }
          : {},
    ).filter(([, v]) => v !== undefined),
  )
  const safety = f.safety_stock.trim()
  const picked = (entries: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined))
  return {
    type: f.type,
    name: f.name.trim(),
    stock_location_id: f.stock_location_id,
    ...(safety && hasSafetyStock(f.type) ? { safety_stock: Number(safety) } : {}),
    config: {
      currency_code: f.currency_code.trim().toUpperCase(),
      ...picked(
        shopify
          ? {
              shop_domain: text(f.shop_domain)?.toLowerCase(),
              location_id: text(f.location_id),
              sync_from: syncFrom(f.sync_from),
              api_base_url: text(f.api_base_url),
            }
          : amazon
            ? {
                marketplace_ids: ids.length ? ids : undefined,
                seller_id: text(f.seller_id),
                sync_from: syncFrom(f.sync_from),
                token_url: text(f.token_url),
                api_base_url: text(f.api_base_url),
              }
            : { utc_offset: utcOffset(f.utc_offset) },
      ),
    },
    ...(Object.keys(credentials).length ? { credentials } : {}),
  }
}

/**
 * A back-fill day as the API wants it: "2026-01-15" (a date input's value) is midnight UTC of
 * that day; anything else is sent as typed, for the API to refuse on its field.
 */
export function syncFrom(s: string) {
  const v = s.trim()
  if (!v) return undefined
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v
}

/** "+8", "8", "+0800", "-05:30" → "+08:00", "+08:00", "+08:00", "-05:30"; anything else as typed. */
export function utcOffset(s: string) {
  const v = s.trim()
  if (!v) return undefined
  const m = /^([+-]?)(\d{1,2})(?::?(\d{2}))?$/.exec(v)
  if (!m) return v
  return `${m[1] || "+"}${m[2].padStart(2, "0")}:${m[3] ?? "00"}`
}

/** The fields left empty that the type needs (checked before a request is sent). */
export function missingFields(f: ConnectForm): ConnectField[] {
  return REQUIRED[f.type].filter((k) => !f[k].trim())
}

/** API paths (as validators.ts names them) → the form field showing them. */
const API_FIELDS: [string, ConnectField][] = [
  ["config.currency_code", "currency_code"],
  ["config.shop_domain", "shop_domain"],
  ["config.api_base_url", "api_base_url"],
  ["config.marketplace_ids", "marketplace_ids"],
  ["config.seller_id", "seller_id"],
  ["config.token_url", "token_url"],
  ["config.location_id", "location_id"],
  ["config.sync_from", "sync_from"],
  ["config.utc_offset", "utc_offset"],
  ["credentials.access_token", "access_token"],
  ["credentials.webhook_secret", "webhook_secret"],
  ["credentials.client_id", "client_id"],
  ["credentials.client_secret", "client_secret"],
  ["credentials.refresh_token", "refresh_token"],
  ["stock_location_id", "stock_location_id"],
  ["safety_stock", "safety_stock"],
  ["name", "name"],
  ["type", "type"],
]

/** The path an API message is about: "config.shop_domain: …" or Medusa's "… field 'config, shop_domain' …". */
function pathOf(part: string) {
  const prefixed = /^([a-z_]+(?:\.[a-z_0-9]+)*):\s/i.exec(part)
  if (prefixed) return prefixed[1]
  const quoted = /field '([^']+)'/i.exec(part)
  return quoted ? quoted[1].split(/\s*,\s*/).join(".") : undefined
}

/**
 * A 400's message split onto the fields it names. Medusa joins up to three problems with "; "
 * after "Invalid request: "; what names no field of the form is returned as `other`.
 */
export function fieldErrors(message: string): { fields: ConnectField[]; other: string[] } {
  const fields: ConnectField[] = []
  const other: string[] = []
  for (const part of message
    .replace(/^Invalid request:\s*/i, "")
    .split(/;\s+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const path = pathOf(part)
    const hit = path && API_FIELDS.find(([api]) => path === api || path.startsWith(`${api}.`))
    if (hit) {
      if (!fields.includes(hit[1])) fields.push(hit[1])
    } else other.push(part)
  }
  return { fields, other }
}
