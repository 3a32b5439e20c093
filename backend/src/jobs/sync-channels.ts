import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listChannelConnections } from "../queries/marketplace/channel-orders"
import { withAuditContext } from "../workflows/common/audit-context"
import { syncChannel } from "../workflows/marketplace/sync-channel"

/**
 * Every five minutes, each enabled Shopify and Amazon connection is polled for orders changed since its
 * cursor, so orders arrive even when no webhook gets through. One failing connection never
 * stops the others; its error shows on its health view.
 */
async function syncChannelsRun(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const c of await listChannelConnections(container)) {
    if (c.status !== "enabled" || c.type === "file") continue
    try {
      await syncChannel(container, c.id)
    } catch (e: any) {
      logger.warn(`Marketplace poll of ${c.name} failed: ${e?.message}`)
    }
  }
}

/** Its changes are audited as "job: ordo-sync-channels" (ADR 026). */
export default async function syncChannels(container: MedusaContainer) {
  return withAuditContext({ source: "job: ordo-sync-channels" }, () => syncChannelsRun(container))
}

export const config = { name: "ordo-sync-channels", schedule: "*/5 * * * *" }
