import { MedusaError } from "@medusajs/framework/utils"

/**
 * A 409 whose message the client must see ("already ordered as order #12", "level 1 has already
 * been decided"). Medusa's error handler replaces every CONFLICT message with a generic retry
 * hint; Ordo's handler (src/api/middlewares.ts) keeps the message of errors made here.
 */
export function conflict(message: string): MedusaError {
  return Object.assign(new MedusaError(MedusaError.Types.CONFLICT, message), { ordo_conflict: true })
}

export const isOrdoConflict = (e: unknown): e is MedusaError =>
  !!e && typeof e === "object" && (e as { ordo_conflict?: unknown }).ordo_conflict === true
