import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pushDueStock } from "../workflows/marketplace/push-channel-stock"

/**
 * Every minute, the same sweep the stock-change subscriber triggers: a change whose event was
 * lost (a restart, a write outside Medusa's modules) still reaches the marketplaces.
 */
export default async function pushChannelStock(container: MedusaContainer) {
  try {
    await pushDueStock(container)
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Marketplace stock sweep failed: ${e?.message}`)
  }
}

export const config = { name: "ordo-push-channel-stock", schedule: "* * * * *" }
