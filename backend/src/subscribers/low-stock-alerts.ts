import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkLowStockWorkflow } from "../workflows/stock/check-low-stock"

/**
 * After an order reserves stock (any channel) or is canceled, its items' levels are compared
 * with their low-stock thresholds; a level that just fell to its threshold is announced once.
 */
export default async function lowStockAlerts({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.variant.inventory_items.inventory_item_id"],
      filters: { id: event.data.id },
    })
    const ids = (order?.items ?? []).flatMap((i: any) =>
      (i?.variant?.inventory_items ?? []).map((x: any) => x?.inventory_item_id).filter(Boolean),
    )
    if (ids.length) await checkLowStockWorkflow(container).run({ input: { inventory_item_ids: ids } })
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Low-stock check for order ${event.data.id} failed: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
