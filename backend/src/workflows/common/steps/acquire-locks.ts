import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../domain/errors"

export type AcquireLocksInput = {
  keys: string[]
  /** What the caller is told when the locks stay busy (nothing was changed). */
  busy: string
  /** Seconds to wait for the locks (default 30). */
  timeout?: number
  /** Seconds a lock outlives a crashed process (default 120). */
  ttl?: number
}

export const acquireLocksStepId = "ordo-acquire-locks"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Takes every key with Medusa's locking module (in-memory, or Redis across processes), one at
 * a time in sorted order so two workflows never wait on each other crosswise, under an owner id
 * of this run. Busy keys are retried every 20 ms until `timeout`; then the keys already taken
 * are given back and the step fails with `busy` (409). Compensation releases the keys; the
 * workflow's last step (releaseLocksStep) releases them on success.
 */
export const acquireLocksStep = createStep(
  acquireLocksStepId,
  async (input: AcquireLocksInput, { container }) => {
    const keys = [...new Set(input.keys.filter(Boolean))].sort()
    const ownerId = `ordo:${randomUUID()}`
    if (!keys.length) return new StepResponse({ keys, ownerId }, { keys, ownerId })
    const locking = container.resolve(Modules.LOCKING)
    const until = Date.now() + (input.timeout ?? 30) * 1000
    const taken: string[] = []
    try {
      for (const key of keys) {
        while (true) {
          try {
            await locking.acquire(key, { ownerId, expire: input.ttl ?? 120 })
            taken.push(key)
            break
          } catch (e) {
            if (Date.now() >= until) throw e
            await sleep(20)
          }
        }
      }
    } catch {
      if (taken.length) await locking.release(taken, { ownerId })
      throw conflict(input.busy)
    }
    return new StepResponse({ keys, ownerId }, { keys, ownerId })
  },
  async (held, { container }) => {
    if (!held?.keys.length) return
    await container.resolve(Modules.LOCKING).release(held.keys, { ownerId: held.ownerId })
  },
)
