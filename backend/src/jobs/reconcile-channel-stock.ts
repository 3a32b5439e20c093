import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listChannelConnections } from "../queries/marketplace/channel-orders"
import { reconcileChannelStock } from "../workflows/marketplace/push-channel-stock"
import { refreshChannelListings } from "../workflows/marketplace/refresh-channel-listings"

/**
 * Hourly, each enabled marketplace's listings are re-learned (new SKUs listed there get their
 * stock) and compared with what the marketplace shows; drift is pushed back to Ordo's figure.
 */
export default async function reconcileChannelStockJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const c of await listChannelConnections(container)) {
    if (c.status !== "enabled" || c.type === "file") continue
    try {
      await refreshChannelListings(container, c.id)
      const r = await reconcileChannelStock(container, c.id)
      if (r.drifted) logger.info(`Marketplace ${c.name}: ${r.drifted} listing(s) had drifted and were pushed again`)
    } catch (e: any) {
      logger.warn(`Marketplace stock reconciliation of ${c.name} failed: ${e?.message}`)
    }
  }
}

export const config = { name: "ordo-reconcile-channel-stock", schedule: "17 * * * *" }
