import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { conflict } from "./errors"

/**
 * Runs `fn` holding one lock per inventory item (Medusa's locking module: in-memory, or Redis
 * across processes). Keys are sorted so two callers never wait on each other's keys. Every
 * path that turns stock into reservations (checkout, last approval) checks availability and
 * reserves inside this lock, so no two of them can sell the same last unit.
 */
export async function withStockLocks<T>(container: MedusaContainer, inventoryItemIds: string[], fn: () => Promise<T>) {
  const keys = [...new Set(inventoryItemIds.filter(Boolean).map((id) => `ordo:stock:${id}`))].sort()
  if (!keys.length) return fn()
  try {
    return await container.resolve(Modules.LOCKING).execute(keys, fn, { timeout: 30 })
  } catch (e: any) {
    if (/Timed-out acquiring lock|Failed to acquire lock/i.test(String(e?.message))) {
      throw conflict("Many orders for these products are being placed right now; nothing was changed, please try again")
    }
    throw e
  }
}

/** Serialises work on one business object (a quote, an approval request) across processes. */
export async function withLock<T>(container: MedusaContainer, key: string, fn: () => Promise<T>) {
  try {
    return await container.resolve(Modules.LOCKING).execute(`ordo:${key}`, fn, { timeout: 30 })
  } catch (e: any) {
    if (/Timed-out acquiring lock|Failed to acquire lock/i.test(String(e?.message))) {
      throw conflict("This is being changed by someone else right now; please retry")
    }
    throw e
  }
}
