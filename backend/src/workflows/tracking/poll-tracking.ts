import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FINAL_STATUSES } from "../../domain/tracking"
import { TRACKING_MODULE } from "../../modules/tracking"
import type TrackingModuleService from "../../modules/tracking/service"
import { shippoClient } from "../../queries/tracking/shippo"
import { applyTrackingUpdateWorkflow } from "./apply-tracking-update"

const hours = () => {
  const n = Number(process.env.ORDO_TRACKING_POLL_HOURS)
  return Number.isFinite(n) && n >= 0 ? n : 6
}

/**
 * Reads one parcel from Shippo (registering it first if it never was) and merges the news like
 * a webhook. Used by the poll and by staff's "Refresh" on a shipment.
 */
export async function refreshShipment(
  container: MedusaContainer,
  s: {
    id: string
    carrier: string
    tracking_number: string
    registered_at?: Date | string | null
    order_display_id?: number
  },
) {
  const client = shippoClient()
  if (!client) return { matched: 0, changed: [] as { id: string; status: string; previous: string }[] }
  const track = s.registered_at
    ? await client.getTrack(s.carrier, s.tracking_number)
    : await client.registerTrack({
        carrier: s.carrier,
        tracking_number: s.tracking_number,
        metadata: s.order_display_id ? `Order ${s.order_display_id}` : undefined,
      })
  if (!s.registered_at)
    await container
      .resolve<TrackingModuleService>(TRACKING_MODULE)
      .updateShipments({ id: s.id, registered_at: new Date() })
  const { result } = await applyTrackingUpdateWorkflow(container).run({
    input: {
      carrier: s.carrier,
      tracking_number: s.tracking_number,
      track: { status: track.status, status_details: track.status_details, eta: track.eta, events: track.history },
    },
  })
  return result
}

/**
 * Parcels Shippo can follow that are not delivered or returned and had no news (or no check since
 * they left) for ORDO_TRACKING_POLL_HOURS (default 6): registered if they never were, then read with
 * GET /tracks/{carrier}/{number} and merged like a webhook. One parcel's failure is logged and
 * does not stop the others. Returns what it did, for the job log and tests.
 */
export async function pollTracking(container: MedusaContainer, opts: { limit?: number } = {}) {
  const client = shippoClient()
  if (!client) return { checked: 0, changed: 0, failed: 0 }
  const tracking = container.resolve<TrackingModuleService>(TRACKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const before = new Date(Date.now() - hours() * 3_600_000)
  const due = await tracking.listShipments(
    {
      trackable: true,
      status: { $nin: [...FINAL_STATUSES] },
      // Unregistered ones at once; the others once they have had no news (or no check since they
      // left) for the set hours, so a parcel that just shipped waits for Shippo's webhooks first.
      $or: [
        { registered_at: null },
        { last_checked_at: { $lte: before } },
        { last_checked_at: null, shipped_at: { $lte: before } },
      ],
    } as any,
    { take: opts.limit ?? 200, order: { last_checked_at: "ASC" } },
  )
  let changed = 0
  let failed = 0
  const seen = new Set<string>()
  for (const s of due as any[]) {
    const key = `${s.carrier}:${s.tracking_number}`
    if (seen.has(key)) continue
    seen.add(key)
    try {
      changed += (await refreshShipment(container, s)).changed.length
    } catch (e: any) {
      failed++
      logger.warn(`Tracking poll of ${key} failed: ${e?.message}`)
    }
  }
  return { checked: seen.size, changed, failed }
}
