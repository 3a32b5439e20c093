import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type DuePush, duePushes } from "../../domain/stock-push"
import { CHANNEL_MODULE } from "../../modules/channel"
import type ChannelModuleService from "../../modules/channel/service"

const channelsOf = (c: MedusaContainer) => c.resolve<ChannelModuleService>(CHANNEL_MODULE)

/** A connection's listings (what its stock is pushed to). */
export async function channelListings(container: MedusaContainer, connectionId: string) {
  return channelsOf(container).listChannelListings({ connection_id: connectionId } as any, {
    take: null as unknown as number,
  })
}

/** Available units (stocked − reserved) per inventory item at one location, in one read. */
export async function availableAt(container: MedusaContainer, inventoryItemIds: string[], locationId: string) {
  const out = new Map<string, number>()
  if (!inventoryItemIds.length) return out
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { inventory_item_id: inventoryItemIds, location_id: locationId },
      { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"], take: null as unknown as number },
    )
  for (const l of levels as any[])
    out.set(l.inventory_item_id, Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0))
  return out
}

export type ListingCandidate = {
  variant_id: string
  inventory_item_id: string
  external_sku: string
  external_id: string
}

/**
 * Which of our variants a marketplace lists. With the marketplace's listings (Shopify), its
 * SKUs are matched to ours directly or through the connection's aliases — an unmatched SKU is
 * left alone, never made into a product. Without them (Amazon, where the seller SKU is the
 * listing), every variant with a SKU stocked at the connection's location is a listing under
 * its alias or its own SKU.
 */
export async function listingCandidates(
  container: MedusaContainer,
  connection: { id: string; stock_location_id: string },
  remote: { sku: string; external_id: string }[] | null,
): Promise<ListingCandidate[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const aliases = (await channelsOf(container).listChannelSkuMappings({ connection_id: connection.id } as any, {
    take: null as unknown as number,
  })) as any[]
  const variantFields = ["id", "sku", "inventory_items.inventory_item_id"]
  if (remote) {
    const skus = [...new Set(remote.map((r) => r.sku))]
    const aliased = new Map(aliases.map((a) => [a.external_sku, a.variant_id]))
    const [{ data: bySkus }, { data: byAlias }] = await Promise.all([
      skus.length
        ? query.graph({ entity: "product_variant", fields: variantFields, filters: { sku: skus } })
        : { data: [] as any[] },
      aliased.size
        ? query.graph({ entity: "product_variant", fields: variantFields, filters: { id: [...aliased.values()] } })
        : { data: [] as any[] },
    ])
    const variants = [...bySkus, ...byAlias]
    const byId = new Map((variants as any[]).map((v) => [v.id, v]))
    const bySku = new Map((variants as any[]).filter((v) => v.sku).map((v) => [String(v.sku).toUpperCase(), v]))
    const out: ListingCandidate[] = []
    for (const r of remote) {
      const v = aliased.has(r.sku) ? byId.get(aliased.get(r.sku)) : bySku.get(r.sku.toUpperCase())
      const item = v?.inventory_items?.[0]?.inventory_item_id
      if (v && item)
        out.push({ variant_id: v.id, inventory_item_id: item, external_sku: r.sku, external_id: r.external_id })
    }
    return out
  }
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { location_id: connection.stock_location_id },
      { select: ["inventory_item_id"], take: null as unknown as number },
    )
  const items = (levels as any[]).map((l) => l.inventory_item_id)
  if (!items.length) return []
  const { data: inventory } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.id", "variants.sku"],
    filters: { id: items },
  })
  const aliasOf = new Map(aliases.map((a) => [a.variant_id, a.external_sku]))
  return (inventory as any[]).flatMap((item) =>
    ((item.variants ?? []) as any[])
      .filter((v) => v?.sku)
      .map((v) => {
        const sku = aliasOf.get(v.id) ?? String(v.sku)
        return { variant_id: v.id, inventory_item_id: item.id, external_sku: sku, external_id: sku }
      }),
  )
}

/** Pushes sent today, listings waiting for a push, listings whose last push failed, when stock last went out. */
export async function pushHealth(container: MedusaContainer, connection: any, since: Date) {
  const channels = channelsOf(container)
  const connectionId = connection.id as string
  const [[, pushes], [, failing], [last], backlog] = await Promise.all([
    channels.listAndCountChannelPushes(
      { connection_id: connectionId, status: "sent", created_at: { $gte: since } } as any,
      {
        select: ["id"],
        take: 1,
      },
    ),
    channels.listAndCountChannelListings({ connection_id: connectionId, last_error: { $ne: null } } as any, {
      select: ["id"],
      take: 1,
    }),
    channels.listChannelPushes({ connection_id: connectionId, status: "sent" } as any, {
      select: ["created_at"],
      order: { created_at: "DESC" },
      take: 1,
    }),
    connection.type === "file" ? Promise.resolve({ due: [] }) : dueStockPushes(container, connection),
  ])
  return {
    pushes_today: pushes,
    push_backlog: backlog.due.length,
    push_failing: failing,
    last_push_at: (last as any)?.created_at ?? null,
  }
}

/** The push log of a connection, newest first. */
export async function channelPushes(container: MedusaContainer, connectionId: string, page = { take: 50, skip: 0 }) {
  const [pushes, count] = await channelsOf(container).listAndCountChannelPushes(
    { connection_id: connectionId } as any,
    {
      order: { created_at: "DESC" },
      ...page,
    },
  )
  return { pushes, count }
}

/** What one connection's listings should show now, against what was last sent (`force`: push anyway). */
export async function dueStockPushes(
  container: MedusaContainer,
  connection: { id: string; stock_location_id: string; safety_stock?: number | null },
  force?: ReadonlySet<string>,
) {
  const listings = (await channelListings(container, connection.id)) as any[]
  if (!listings.length) return { listings, due: [] as DuePush[] }
  const available = await availableAt(
    container,
    [...new Set(listings.map((l) => l.inventory_item_id as string))],
    connection.stock_location_id,
  )
  return { listings, due: duePushes(listings, available, connection.safety_stock ?? 0, force) }
}
