import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { mergeTrack, type TrackIn, type TrackingStatus } from "../../../domain/tracking"
import { TRACKING_MODULE } from "../../../modules/tracking"
import type TrackingModuleService from "../../../modules/tracking/service"

export type MergeTrackingInput = { carrier: string; tracking_number: string; track: TrackIn }
type Before = { id: string; fields: Record<string, unknown>; event_ids: string[] }

/**
 * Adds the carrier's news to every shipment with this carrier and number: new scans once each,
 * the status only forward (domain/tracking.ts), and the time it was checked. Compensation
 * removes the scans it added and puts the shipments back as they were.
 */
export const mergeTrackingStep = createStep(
  "ordo-merge-tracking",
  async (input: MergeTrackingInput, { container }) => {
    const tracking = container.resolve<TrackingModuleService>(TRACKING_MODULE)
    const shipments = await tracking.listShipments(
      { carrier: input.carrier, tracking_number: input.tracking_number },
      { relations: ["events"] },
    )
    const changed: { id: string; status: TrackingStatus; previous: TrackingStatus }[] = []
    const before: Before[] = []
    for (const s of shipments as any[]) {
      const merge = mergeTrack(
        { status: s.status, status_at: s.status_at, eta: s.eta },
        new Set((s.events ?? []).map((e: any) => e.dedupe_key)),
        input.track,
      )
      const created = merge.events.length
        ? await tracking.createTrackingEvents(
            merge.events.map((e) => ({
              shipment_id: s.id,
              dedupe_key: e.dedupe_key,
              status: e.status,
              substatus: e.substatus ?? null,
              details: e.details ?? null,
              location: e.location ?? null,
              occurred_at: new Date(e.occurred_at),
            })),
          )
        : []
      before.push({
        id: s.id,
        fields: {
          status: s.status,
          status_details: s.status_details,
          status_at: s.status_at,
          eta: s.eta,
          delivered_at: s.delivered_at,
          last_checked_at: s.last_checked_at,
        },
        event_ids: created.map((e: any) => e.id),
      })
      await tracking.updateShipments({ id: s.id, ...merge.update, last_checked_at: new Date() })
      if (merge.changed_from && merge.update.status)
        changed.push({ id: s.id, status: merge.update.status, previous: merge.changed_from })
    }
    return new StepResponse({ matched: shipments.length, changed }, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const tracking = container.resolve<TrackingModuleService>(TRACKING_MODULE)
    const ids = before.flatMap((b) => b.event_ids)
    if (ids.length) await tracking.deleteTrackingEvents(ids)
    for (const b of before) await tracking.updateShipments({ id: b.id, ...b.fields } as any)
  },
)
