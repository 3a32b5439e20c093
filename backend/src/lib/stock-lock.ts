import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { conflict } from "../domain/errors"

/**
 * Runs `fn` holding all `keys` (Medusa's locking module: in-memory, or Redis across processes).
 * Keys are sorted so two callers never wait on each other's keys; a lock not acquired in 30 s
 * becomes a 409 with `busy` as its message, nothing changed.
 */
async function withKeys<T>(container: MedusaContainer, keys: string[], busy: string, fn: () => Promise<T>) {
  const sorted = [...new Set(keys)].sort()
  if (!sorted.length) return fn()
  try {
    return await container.resolve(Modules.LOCKING).execute(sorted, fn, { timeout: 30 })
  } catch (e: any) {
    if (/Timed-out acquiring lock|Failed to acquire lock/i.test(String(e?.message))) throw conflict(busy)
    throw e
  }
}

/**
 * One lock per inventory item. Every path that turns stock into reservations (checkout, last
 * approval, staff entry) or moves stock checks availability and writes inside this lock, so no
 * two of them can sell the same last unit.
 */
export const withStockLocks = <T>(container: MedusaContainer, inventoryItemIds: string[], fn: () => Promise<T>) =>
  withKeys(
    container,
    inventoryItemIds.filter(Boolean).map((id) => `ordo:stock:${id}`),
    "Many orders for these products are being placed right now; nothing was changed, please try again",
    fn,
  )

/** One lock per variant's FIFO cost layers, so two shipments never take the same units. */
export const withCostLocks = <T>(container: MedusaContainer, variantIds: string[], fn: () => Promise<T>) =>
  withKeys(
    container,
    variantIds.filter(Boolean).map((id) => `ordo:cost:${id}`),
    "Cost layers are being updated by another shipment; please retry",
    fn,
  )

/** Serialises work on one business object (a quote, an approval request) across processes. */
export const withLock = <T>(container: MedusaContainer, key: string, fn: () => Promise<T>) =>
  withKeys(container, [`ordo:${key}`], "This is being changed by someone else right now; please retry", fn)
