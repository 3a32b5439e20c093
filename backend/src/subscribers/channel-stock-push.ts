import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, InventoryEvents } from "@medusajs/framework/utils"
import { pushDueStock } from "../workflows/marketplace/push-channel-stock"

/** Changes arriving within this window go out together (one push per listing, not one per change). */
export const STOCK_PUSH_DEBOUNCE_MS = Number(process.env.ORDO_STOCK_PUSH_DEBOUNCE_MS ?? 250)

let timer: NodeJS.Timeout | null = null
let running = false
let noticedAt: number | null = null

function schedule(container: MedusaContainer, delay = STOCK_PUSH_DEBOUNCE_MS) {
  if (timer) return
  timer = setTimeout(() => {
    timer = null
    void run(container)
  }, delay)
  timer.unref?.()
}

async function run(container: MedusaContainer) {
  // One push run at a time in this process; changes noticed meanwhile get the next run.
  if (running) return schedule(container)
  running = true
  const noticed = noticedAt ?? Date.now()
  noticedAt = null
  try {
    await pushDueStock(container, { noticed_at: noticed })
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Marketplace stock push failed: ${e?.message}`)
  } finally {
    running = false
    if (noticedAt !== null) schedule(container)
  }
}

/**
 * Any stock change — a reservation made or released by an order from any channel, a receipt,
 * an adjustment, a transfer, a fulfillment or a received return — wakes the push: after a short
 * debounce every listing whose offered quantity moved is pushed. The minute job (jobs/push-
 * channel-stock.ts) sweeps the same way, so a change whose event was lost still goes out.
 */
export default async function channelStockPush({ container }: SubscriberArgs<unknown>) {
  noticedAt ??= Date.now()
  schedule(container)
}

export const config: SubscriberConfig = {
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
    InventoryEvents.INVENTORY_LEVEL_DELETED,
    InventoryEvents.RESERVATION_ITEM_CREATED,
    InventoryEvents.RESERVATION_ITEM_UPDATED,
    InventoryEvents.RESERVATION_ITEM_DELETED,
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "reservation-item.created",
    "reservation-item.updated",
    "reservation-item.deleted",
  ],
}
