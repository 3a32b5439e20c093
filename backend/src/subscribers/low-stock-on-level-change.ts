import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { checkLowStockWorkflow } from "../workflows/stock/check-low-stock"

/**
 * Stock set or changed outside Ordo's own screens (Medusa's inventory page, fulfillments,
 * received returns) is compared with its low-stock threshold too.
 */
export default async function lowStockOnLevelChange({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ id: event.data.id })
    if (levels.length)
      await checkLowStockWorkflow(container).run({ input: { inventory_item_ids: [levels[0].inventory_item_id] } })
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Low-stock check for level ${event.data.id} failed: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: ["inventory-level.updated", "inventory-level.created"] }
