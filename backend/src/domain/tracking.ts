/**
 * How a carrier's news changes a shipment. Pure. Shippo sends the whole Track on every webhook
 * and poll, webhooks can repeat and arrive out of order: every scan is recorded once (by its
 * dedupe key) and the shipment's status is that of the newest scan, except that a scan older
 * than the one the status came from never moves it, UNKNOWN never overrides news, and a
 * parcel delivered or returned stays so.
 */
export const TRACKING_STATUSES = ["UNKNOWN", "PRE_TRANSIT", "TRANSIT", "DELIVERED", "RETURNED", "FAILURE"] as const
export type TrackingStatus = (typeof TRACKING_STATUSES)[number]

export const isTrackingStatus = (x: unknown): x is TrackingStatus => TRACKING_STATUSES.includes(x as TrackingStatus)
export const FINAL_STATUSES: readonly TrackingStatus[] = ["DELIVERED", "RETURNED"]
/** Statuses staff and the buyer are alerted about. */
export const EXCEPTION_STATUSES: readonly TrackingStatus[] = ["FAILURE", "RETURNED"]

export type ScanIn = {
  dedupe_key: string
  status: TrackingStatus
  substatus?: string | null
  details?: string | null
  location?: string | null
  occurred_at: string
}
export type ShipmentNow = { status: TrackingStatus; status_at: Date | string | null; eta?: Date | string | null }
export type TrackIn = { status: TrackingStatus; status_details?: string | null; eta?: string | null; events: ScanIn[] }

export type TrackingMerge = {
  /** Scans not seen before. */
  events: ScanIn[]
  /** Changes to the shipment (empty when nothing changes). */
  update: Partial<{
    status: TrackingStatus
    status_details: string | null
    status_at: Date
    eta: Date | null
    delivered_at: Date
  }>
  /** The status before, when it changed. */
  changed_from: TrackingStatus | null
}

const time = (x: Date | string | null | undefined) => (x ? new Date(x).getTime() : Number.NEGATIVE_INFINITY)

export function mergeTrack(now: ShipmentNow, seenKeys: ReadonlySet<string>, track: TrackIn): TrackingMerge {
  const fresh: ScanIn[] = []
  const keys = new Set(seenKeys)
  for (const e of track.events) {
    if (!e.dedupe_key || keys.has(e.dedupe_key) || Number.isNaN(time(e.occurred_at))) continue
    keys.add(e.dedupe_key)
    fresh.push(e)
  }
  const update: TrackingMerge["update"] = {}
  if (track.eta && time(track.eta) !== time(now.eta ?? null)) update.eta = new Date(track.eta)

  // The newest informative scan among the fresh ones decides, if it is newer than the current status.
  const newest = fresh
    .filter((e) => e.status !== "UNKNOWN")
    .sort((a, b) => time(b.occurred_at) - time(a.occurred_at))[0]
  let status = now.status
  if (newest && time(newest.occurred_at) >= time(now.status_at) && newest.status !== now.status) {
    const leavingFinal = FINAL_STATUSES.includes(now.status) && !FINAL_STATUSES.includes(newest.status)
    if (!leavingFinal) {
      status = newest.status
      update.status = status
      update.status_details = newest.details ?? track.status_details ?? null
      update.status_at = new Date(newest.occurred_at)
      if (status === "DELIVERED") update.delivered_at = new Date(newest.occurred_at)
    }
  } else if (newest && newest.status === now.status && time(newest.occurred_at) > time(now.status_at)) {
    update.status_at = new Date(newest.occurred_at)
    update.status_details = newest.details ?? null
  }
  return { events: fresh, update, changed_from: status !== now.status ? now.status : null }
}

/** Newest first, for screens and mails. */
export const timeline = <T extends { occurred_at: Date | string }>(events: T[]) =>
  [...events].sort((a, b) => time(b.occurred_at) - time(a.occurred_at))
