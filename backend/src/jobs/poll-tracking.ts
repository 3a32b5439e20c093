import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRACKING_MODULE } from "../modules/tracking"
import type TrackingModuleService from "../modules/tracking/service"
import { pollTracking } from "../workflows/tracking/poll-tracking"
import { pushShipmentToOrigin } from "../workflows/tracking/push-tracking-to-origin"

/**
 * Every 30 minutes: parcels without news for ORDO_TRACKING_POLL_HOURS are read from Shippo,
 * so tracking moves on even when no webhook gets through (and unregistered ones get registered);
 * and parcels a marketplace refused to hear about are offered to it again.
 */
export default async function pollTrackingJob(container: MedusaContainer) {
  try {
    const r = await pollTracking(container)
    if (r.checked)
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .info(`Tracking poll: ${r.checked} parcels checked, ${r.changed} changed, ${r.failed} failed`)
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Tracking poll failed: ${e?.message}`)
  }
  const refused = await container
    .resolve<TrackingModuleService>(TRACKING_MODULE)
    .listShipments({ origin_pushed_at: null, origin_push_error: { $ne: null } } as any, { take: 50, select: ["id"] })
  for (const s of refused) await pushShipmentToOrigin(container, s.id)
}

export const config = { name: "ordo-poll-tracking", schedule: "*/30 * * * *" }
