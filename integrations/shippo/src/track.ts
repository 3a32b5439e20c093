import { createHash } from "node:crypto"
import { toIsoDate } from "./dates"
import { TRACK_STATUSES, type Track, type TrackEvent, type TrackStatus, type TrackSubstatus } from "./types"

type Obj = Record<string, any>

/** A Track body Ordo cannot use at all (no carrier or no tracking number). */
export class ShippoTrackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ShippoTrackError"
  }
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v)
const text = (v: unknown): string | null => {
  if (typeof v === "number" && Number.isFinite(v)) return String(v)
  if (typeof v !== "string") return null
  const t = v.trim()
  return t ? t : null
}

/** Shippo's status, upper-cased; anything outside TrackingStatusEnum is UNKNOWN. */
export function normaliseTrackStatus(value: unknown): TrackStatus {
  const s =
    typeof value === "string"
      ? value
          .trim()
          .toUpperCase()
          .replace(/[\s-]+/g, "_")
      : ""
  return (TRACK_STATUSES as readonly string[]).includes(s) ? (s as TrackStatus) : "UNKNOWN"
}

/** "Las Vegas, NV, US" from Shippo's location object (city, state, zip, country); a string as is. */
export function locationText(value: unknown): string | null {
  if (typeof value === "string") return text(value)
  if (!isObj(value)) return null
  const parts = [value.city, value.state, value.country].map(text).filter((p): p is string => !!p)
  return parts.length ? parts.join(", ") : null
}

function substatusOf(value: unknown): TrackSubstatus | null {
  if (!isObj(value)) return null
  const code = text(value.code)
  if (!code) return null
  return { code, text: text(value.text), action_required: value.action_required === true }
}

/**
 * The same event seen by webhook and by poll gets the same key: Shippo's object_id when it has
 * one, else a hash of what the event says (status, UTC time, details).
 */
export function trackEventKey(e: {
  object_id: string | null
  status: string
  occurred_at: string
  details: string | null
}): string {
  if (e.object_id) return `id:${e.object_id}`
  const h = createHash("sha256")
    .update(`${e.status}\n${e.occurred_at}\n${e.details ?? ""}`)
    .digest("hex")
  return `ev:${h.slice(0, 40)}`
}

/** One TrackingStatus object as an event; null when it carries no date at all (it cannot be placed). */
function eventOf(raw: unknown): TrackEvent | null {
  if (!isObj(raw)) return null
  const occurred_at = toIsoDate(raw.status_date) ?? toIsoDate(raw.object_updated) ?? toIsoDate(raw.object_created)
  if (!occurred_at) return null
  const base = {
    object_id: text(raw.object_id),
    status: normaliseTrackStatus(raw.status),
    substatus_code: substatusOf(raw.substatus)?.code ?? null,
    details: text(raw.status_details),
    location: locationText(raw.location),
    occurred_at,
  }
  return { ...base, dedupe_key: trackEventKey(base) }
}

const sameContent = (a: TrackEvent, b: TrackEvent) =>
  a.status === b.status && a.occurred_at === b.occurred_at && a.details === b.details

/**
 * A Shippo Track (GET/POST /tracks, the `data` of a track_updated webhook) read tolerantly:
 * older and carrier-specific responses lack fields the SDK's schema requires, and an update must
 * not be dropped for that. Only a missing carrier or tracking number throws.
 */
export function parseTrack(json: unknown): Track {
  if (!isObj(json)) throw new ShippoTrackError("Shippo track: not an object")
  const carrier = text(json.carrier)?.toLowerCase()
  if (!carrier) throw new ShippoTrackError("Shippo track: no carrier")
  const tracking_number = text(json.tracking_number)
  if (!tracking_number) throw new ShippoTrackError(`Shippo track (${carrier}): no tracking_number`)

  const current = isObj(json.tracking_status) ? json.tracking_status : null
  const history: TrackEvent[] = []
  const seen = new Set<string>()
  const add = (e: TrackEvent | null) => {
    if (!e || seen.has(e.dedupe_key) || history.some((h) => sameContent(h, e))) return
    seen.add(e.dedupe_key)
    history.push(e)
  }
  for (const raw of Array.isArray(json.tracking_history) ? json.tracking_history : []) add(eventOf(raw))
  add(eventOf(current))
  // Oldest first; equal times keep Shippo's order (Array.prototype.sort is stable).
  history.sort((a, b) => Date.parse(a.occurred_at) - Date.parse(b.occurred_at))

  return {
    carrier,
    tracking_number,
    status: normaliseTrackStatus(current?.status),
    status_details: text(current?.status_details),
    status_date: toIsoDate(current?.status_date) ?? null,
    substatus: substatusOf(current?.substatus),
    eta: toIsoDate(json.eta) ?? null,
    location: locationText(current?.location),
    metadata: text(json.metadata),
    history,
  }
}

export type TrackWebhook = { event: string; test: boolean; track: Track | null }

/**
 * Shippo's webhook envelope `{"event":"track_updated","test":bool,"data":<Track>}`. Other events
 * (transaction_created, batch_purchased, …) come back with `track: null`. Invalid JSON throws,
 * and so does a track_updated whose Track has no carrier or number.
 */
export function parseTrackWebhook(rawBody: string | Buffer): TrackWebhook {
  const body = typeof rawBody === "string" ? rawBody : rawBody.toString("utf8")
  let env: unknown
  try {
    env = JSON.parse(body)
  } catch (e) {
    throw new ShippoTrackError(`Shippo webhook: invalid JSON (${(e as Error).message})`)
  }
  if (!isObj(env)) throw new ShippoTrackError("Shippo webhook: not an object")
  const event = text(env.event) ?? ""
  const test = env.test === true
  return { event, test, track: event === "track_updated" ? parseTrack(env.data) : null }
}
