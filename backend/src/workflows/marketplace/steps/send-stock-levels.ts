import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DuePush } from "../../../domain/stock-push"
import { channelConnection } from "../../../queries/marketplace/channel-orders"
import { marketplaceSource } from "../../../queries/marketplace/clients"

/** `at`: when the marketplace answered (a Date, or its ISO string once the workflow engine has passed it on). */
export type SentPush = DuePush & { ok: boolean; error?: string; at: Date | string }

/**
 * Sends each due quantity to the marketplace, one listing after another (the adapters pace
 * and retry throttled calls); a refusal is recorded for that listing and the rest go on.
 * Nothing to undo: quantities are absolute, so the next push corrects any partial run.
 */
export const sendStockLevelsStep = createStep(
  "ordo-send-stock-levels",
  async (input: { connection_id: string; pushes: DuePush[] }, { container }) => {
    const connection = await channelConnection(container, input.connection_id)
    if (!connection) return new StepResponse([] as SentPush[])
    const source = marketplaceSource(connection as any)
    const sent: SentPush[] = []
    for (const p of input.pushes) {
      try {
        await source.setStock({ external_id: p.external_id, quantity: p.quantity, idempotency_key: p.idempotency_key })
        sent.push({ ...p, ok: true, at: new Date() })
      } catch (e: any) {
        sent.push({ ...p, ok: false, error: String(e?.message ?? e).slice(0, 500), at: new Date() })
      }
    }
    return new StepResponse(sent)
  },
)
