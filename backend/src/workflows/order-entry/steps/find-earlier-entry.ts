import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderByEntryKey } from "../../../queries/order-entry/drafts"

export const findEarlierEntryStepId = "ordo-find-earlier-entry"

/**
 * The order an earlier submission with the same Idempotency-Key made (read under the key's
 * lock): a retry or double click is answered with it. The same key with a different entry is a
 * client bug, refused rather than answered with the first order. Reads only.
 */
export const findEarlierEntryStep = createStep(
  findEarlierEntryStepId,
  async (input: { entry_key?: string | null; entry_hash?: string | null }, { container }) => {
    if (!input.entry_key) return new StepResponse(null)
    const earlier = await orderByEntryKey(container, input.entry_key)
    if (!earlier) return new StepResponse(null)
    if (earlier.entry_hash && earlier.entry_hash !== input.entry_hash) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "Idempotency-Key: this key was already used for a different order entry; use a new key for a new entry",
      )
    }
    const { entry_hash: _hash, ...saved } = earlier
    return new StepResponse(saved)
  },
)
