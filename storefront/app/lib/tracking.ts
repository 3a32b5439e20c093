// Pure rules of the public /track page and the shipment timeline (ADR 021): which lookup the URL
// asks for, what the backend is sent, how its answers read, and how events are shown.
import { z } from "zod"
import type { FieldErrors } from "./schemas"
import {
  type PublicShipment,
  TRACKING_STATUSES,
  type TrackingEvent,
  type TrackingLocation,
  type TrackingStatus,
  type TrackLookupResult,
} from "./types"

/** The page's own URL parameters (shareable): /track?order=1001&code=200120 or /track?number=SF123. */
export type TrackValues = { order: string; code: string; number: string }

/** The query sent to `GET /store/track`, exactly one of the three contract shapes. */
export type TrackBackendQuery =
  | { order: string; postal_code: string }
  | { order: string; email: string }
  | { tracking_number: string }

export type TrackRequest =
  | { kind: "none"; values: TrackValues }
  | { kind: "invalid"; values: TrackValues; fieldErrors: FieldErrors; by: "order" | "number" }
  | { kind: "lookup"; values: TrackValues; query: TrackBackendQuery; by: "order" | "number" }

export const ORDER_NUMBER_MAX_DIGITS = 12
export const TRACK_CODE_MAX_LENGTH = 254
export const TRACKING_NUMBER_MAX_LENGTH = 64

const emailSchema = z.string().email()

/** "#1001", " 1001 " → "1001"; anything but digits is refused. */
export function normaliseOrderNumber(raw: string): string {
  return raw.trim().replace(/^#/, "").trim()
}

/** Carriers print long numbers in groups ("1Z 999 AA1 01 2345 6784"); they are one word. */
export function normaliseTrackingNumber(raw: string): string {
  return raw.replace(/\s+/g, "")
}

/**
 * Reads the lookup the URL asks for. Each of the page's two GET forms sends only its own fields;
 * a hand-made URL with both is read as a tracking-number lookup (the one exact identifier).
 * Nothing is sent to the backend when a field is wrong, so typos do not use up the rate limit.
 */
export function parseTrackParams(params: URLSearchParams): TrackRequest {
  const values: TrackValues = {
    order: params.get("order") ?? "",
    code: params.get("code") ?? "",
    number: params.get("number") ?? "",
  }
  const byNumber = values.number.trim() !== "" || (params.has("number") && !params.has("order") && !params.has("code"))
  if (byNumber) {
    const number = normaliseTrackingNumber(values.number)
    if (!number)
      return { kind: "invalid", values, by: "number", fieldErrors: { number: ["errors.trackNumberRequired"] } }
    if (number.length > TRACKING_NUMBER_MAX_LENGTH)
      return { kind: "invalid", values, by: "number", fieldErrors: { number: ["errors.trackNumberInvalid"] } }
    return { kind: "lookup", values, by: "number", query: { tracking_number: number } }
  }
  if (!params.has("order") && !params.has("code")) return { kind: "none", values }

  const fieldErrors: FieldErrors = {}
  const order = normaliseOrderNumber(values.order)
  if (!order) fieldErrors.order = ["errors.trackOrderRequired"]
  else if (!new RegExp(`^\\d{1,${ORDER_NUMBER_MAX_DIGITS}}$`).test(order))
    fieldErrors.order = ["errors.trackOrderInvalid"]

  const code = values.code.trim()
  const isEmail = code.includes("@")
  if (!code) fieldErrors.code = ["errors.trackCodeRequired"]
  else if (isEmail && (code.length > TRACK_CODE_MAX_LENGTH || !emailSchema.safeParse(code).success))
    fieldErrors.code = ["errors.trackEmailInvalid"]
  else if (!isEmail && !/^[\p{L}\p{N}][\p{L}\p{N} -]{0,19}$/u.test(code))
    fieldErrors.code = ["errors.trackPostalInvalid"]

  if (Object.keys(fieldErrors).length > 0) return { kind: "invalid", values, by: "order", fieldErrors }
  return {
    kind: "lookup",
    values,
    by: "order",
    query: isEmail ? { order, email: code } : { order, postal_code: code },
  }
}

/**
 * A 400 from the backend names the parameter it refused (Medusa's validation says
 * "Field 'postal_code' …"); it becomes the error of our field, in the buyer's language.
 * `undefined` when the message names none of them (shown as one error for the form).
 */
export function fieldErrorsFromBackend(message: string, query: TrackBackendQuery): FieldErrors | undefined {
  const names = (re: RegExp) => re.test(message)
  const errors: FieldErrors = {}
  if ("tracking_number" in query) {
    if (names(/\btracking_number\b/)) errors.number = ["errors.trackNumberInvalid"]
  } else {
    if (names(/\border(_number)?\b/)) errors.order = ["errors.trackOrderInvalid"]
    if ("email" in query && names(/\be-?mail\b/)) errors.code = ["errors.trackEmailInvalid"]
    if ("postal_code" in query && names(/\bpostal_code\b/)) errors.code = ["errors.trackPostalInvalid"]
  }
  return Object.keys(errors).length > 0 ? errors : undefined
}

/** A status the screen knows how to name; anything newer reads as UNKNOWN ("no news yet"). */
export function knownStatus(status: unknown): TrackingStatus {
  return (TRACKING_STATUSES as readonly unknown[]).includes(status) ? (status as TrackingStatus) : "UNKNOWN"
}

/** "Shanghai, SH, 200120, CN" from either a plain string or Shippo's location object. */
export function formatLocation(location: TrackingLocation | null | undefined): string {
  if (!location) return ""
  if (typeof location === "string") return location.trim()
  return [location.city, location.state, location.zip, location.country]
    .map((part) => (typeof part === "string" ? part.trim() : ""))
    .filter(Boolean)
    .join(", ")
}

/** Only http(s) links to a carrier's page are rendered as links (never `javascript:` and the like). */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** Events newest first, whatever order they arrive in (the contract promises it; we do not rely on it). */
export function newestFirst(events: readonly TrackingEvent[] | null | undefined): TrackingEvent[] {
  return [...(events ?? [])].sort((a, b) => timeOf(b.occurred_at) - timeOf(a.occurred_at))
}

function timeOf(iso: string): number {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date (and time) in the buyer's locale. A date without a time (an ETA "2025-03-14") is that
 * calendar day everywhere, not midnight UTC shifted into yesterday.
 */
export function formatWhen(lang: string, iso: string | null | undefined, withTime = true): string {
  if (!iso) return ""
  const dateOnly = DATE_ONLY.test(iso)
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(lang, {
    dateStyle: "medium",
    ...(withTime && !dateOnly ? { timeStyle: "short" } : {}),
    ...(dateOnly ? { timeZone: "UTC" } : {}),
  }).format(date)
}

/**
 * Exactly the public fields of a shipment and its events (contract: carrier, status, ETA and
 * events), so nothing else the backend might add ever reaches the anonymous page's HTML.
 */
export function toPublicShipment(s: PublicShipment): PublicShipment {
  return {
    carrier: String(s.carrier ?? ""),
    carrier_name: String(s.carrier_name ?? s.carrier ?? ""),
    tracking_number: String(s.tracking_number ?? ""),
    tracking_url: s.tracking_url ?? null,
    status: s.status,
    status_details: s.status_details ?? null,
    status_at: s.status_at ?? null,
    eta: s.eta ?? null,
    shipped_at: s.shipped_at,
    delivered_at: s.delivered_at ?? null,
    events: (s.events ?? []).map((e) => ({
      status: e.status,
      details: e.details ?? null,
      location: e.location ?? null,
      occurred_at: e.occurred_at,
    })),
  }
}

/** The lookup's answer reduced to what the page shows: the order's number and state, its shipments. */
export function toPublicResult(result: Partial<TrackLookupResult> | null | undefined): TrackLookupResult {
  const order = result?.order
  return {
    order: order ? { display_id: order.display_id, shipping_state: order.shipping_state } : null,
    shipments: (result?.shipments ?? []).map(toPublicShipment),
  }
}
