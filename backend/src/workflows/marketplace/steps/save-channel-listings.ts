import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"
import type { ListingCandidate } from "../../../queries/marketplace/listings"

type Before = {
  created: string[]
  updated: { id: string; external_sku: string; external_id: string; inventory_item_id: string }[]
}

/**
 * Records what a marketplace lists: new listings created, changed ones (another SKU or inventory
 * item) updated and marked unsent so they are pushed. Compensation puts every row back.
 */
export const saveChannelListingsStep = createStep(
  "ordo-save-channel-listings",
  async (input: { connection_id: string; candidates: ListingCandidate[] }, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const existing = new Map(
      (
        (await channels.listChannelListings({ connection_id: input.connection_id } as any, {
          take: null as unknown as number,
        })) as any[]
      ).map((l) => [l.variant_id, l]),
    )
    const seen = new Set<string>()
    const fresh: ListingCandidate[] = []
    const changed: any[] = []
    const before: Before = { created: [], updated: [] }
    for (const c of input.candidates) {
      if (seen.has(c.variant_id)) continue
      seen.add(c.variant_id)
      const l = existing.get(c.variant_id)
      if (!l) fresh.push(c)
      else if (
        l.external_id !== c.external_id ||
        l.inventory_item_id !== c.inventory_item_id ||
        l.external_sku !== c.external_sku
      ) {
        before.updated.push({
          id: l.id,
          external_sku: l.external_sku,
          external_id: l.external_id,
          inventory_item_id: l.inventory_item_id,
        })
        changed.push({ id: l.id, ...c, last_sent: null, last_sent_at: null })
      }
    }
    const created = fresh.length
      ? await channels.createChannelListings(fresh.map((c) => ({ connection_id: input.connection_id, ...c })))
      : []
    before.created = (created as any[]).map((c) => c.id)
    if (changed.length) await channels.updateChannelListings(changed)
    return new StepResponse({ created: before.created.length, updated: changed.length, total: seen.size }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    if (before.created.length) await channels.deleteChannelListings(before.created)
    if (before.updated.length) await channels.updateChannelListings(before.updated)
  },
)
