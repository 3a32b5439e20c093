import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"
import type { SentPush } from "./send-stock-levels"

/**
 * Writes the push log and each listing's last value sent (or its error). Compensation removes
 * the log rows and puts the listings back as they were, so the pushes are due again.
 */
export const recordStockPushesStep = createStep(
  "ordo-record-stock-pushes",
  async (input: { connection_id: string; sent: SentPush[]; noticed_at?: number }, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    if (!input.sent.length) return new StepResponse({ sent: 0, failed: 0 }, null)
    const ids = input.sent.map((s) => s.listing_id)
    const previous = (
      (await channels.listChannelListings({ id: ids } as any, { take: null as unknown as number })) as any[]
    ).map((l) => ({
      id: l.id,
      last_sent: l.last_sent,
      last_sent_at: l.last_sent_at,
      last_error: l.last_error,
      last_error_at: l.last_error_at,
    }))
    const log = await channels.createChannelPushes(
      input.sent.map((s) => ({
        connection_id: input.connection_id,
        listing_id: s.listing_id,
        quantity: s.quantity,
        idempotency_key: s.idempotency_key,
        status: s.ok ? ("sent" as const) : ("failed" as const),
        error: s.error ?? null,
        latency_ms: input.noticed_at ? Math.max(0, new Date(s.at).getTime() - input.noticed_at) : null,
      })),
    )
    await channels.updateChannelListings(
      input.sent.map((s) =>
        s.ok
          ? {
              id: s.listing_id,
              last_sent: s.quantity,
              last_sent_at: new Date(s.at),
              last_error: null,
              last_error_at: null,
            }
          : { id: s.listing_id, last_error: s.error ?? "refused", last_error_at: new Date(s.at) },
      ),
    )
    const sent = input.sent.filter((s) => s.ok).length
    return new StepResponse(
      { sent, failed: input.sent.length - sent },
      { log: (log as any[]).map((l) => l.id as string), previous },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    if (undo.log.length) await channels.deleteChannelPushes(undo.log)
    if (undo.previous.length) await channels.updateChannelListings(undo.previous)
  },
)
