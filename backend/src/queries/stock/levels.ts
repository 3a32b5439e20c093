import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOCK_CONTROL_MODULE } from "../../modules/stockcontrol"
import type StockControlModuleService from "../../modules/stockcontrol/service"
import { type StockVariant, variantMatchSql, variantsById } from "./variants"

const stockControl = (container: MedusaContainer) => container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)

export async function stockLocations(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
  return (data as any[]).map((l) => ({ id: l.id as string, name: l.name as string }))
}

export type LevelRow = {
  inventory_item_id: string
  location_id: string
  stocked: number
  reserved: number
  available: number
}

/** Stocked, reserved and available quantity per inventory item and location. */
export async function inventoryLevels(container: MedusaContainer, inventoryItemIds: string[]): Promise<LevelRow[]> {
  if (!inventoryItemIds.length) return []
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: [...new Set(inventoryItemIds)] }, { take: null as any })
  return levels.map((l: any) => ({
    inventory_item_id: l.inventory_item_id,
    location_id: l.location_id,
    stocked: Number(l.stocked_quantity),
    reserved: Number(l.reserved_quantity),
    available: Number(l.stocked_quantity) - Number(l.reserved_quantity),
  }))
}

/** Low: nothing left to sell, or at or below the level's threshold. */
export const isLow = (available: number, threshold: number | null) => available <= (threshold ?? 0)

/** Stock level rows (one per variant × location) for the given variants, with thresholds. */
export async function levelRows(container: MedusaContainer, variants: StockVariant[]) {
  const tracked = variants.filter((v) => v.inventory_item_id && v.manage_inventory)
  const ids = tracked.map((v) => v.inventory_item_id as string)
  const [levels, locations, thresholds] = await Promise.all([
    inventoryLevels(container, ids),
    stockLocations(container),
    ids.length ? stockControl(container).listLowStockThresholds({ inventory_item_id: ids }) : [],
  ])
  const names = new Map(locations.map((l) => [l.id, l.name]))
  const limit = new Map(
    (thresholds as any[]).map((t) => [`${t.inventory_item_id}:${t.location_id}`, Number(t.threshold)]),
  )
  return tracked.flatMap((v) =>
    levels
      .filter((l) => l.inventory_item_id === v.inventory_item_id)
      .map((l) => {
        const threshold = limit.get(`${l.inventory_item_id}:${l.location_id}`) ?? null
        return {
          variant_id: v.variant_id,
          sku: v.sku,
          title: v.title,
          title_zh: v.title_zh,
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
          location_name: names.get(l.location_id) ?? l.location_id,
          stocked: l.stocked,
          reserved: l.reserved,
          available: l.available,
          threshold,
          low: isLow(l.available, threshold),
        }
      }),
  )
}

export type LevelPageInput = { q?: string; low?: boolean; limit: number; offset: number }

/**
 * One page of stock levels (variant × location, by SKU then location), searched by the words of
 * `q` like order entry's product search, optionally only the low ones (available ≤ threshold, or
 * ≤ 0 where no threshold is set), with how many there are in all. Counted and paged in SQL over
 * Medusa's inventory and product tables; the thresholds (Ordo's, few) are passed in as JSON.
 */
export async function levelPage(container: MedusaContainer, input: LevelPageInput) {
  const thresholds = (await stockControl(container).listLowStockThresholds({}, { take: null as any })) as any[]
  const limits = JSON.stringify(
    thresholds.map((t) => ({
      inventory_item_id: t.inventory_item_id,
      location_id: t.location_id,
      threshold: Number(t.threshold),
    })),
  )
  const m = input.q?.trim() ? variantMatchSql(input.q) : null
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select pv.id as variant_id, il.inventory_item_id, il.location_id, count(*) over () as total
       from inventory_level il
       join product_variant_inventory_item pvi
         on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
       join product_variant pv on pv.id = pvi.variant_id and pv.deleted_at is null and pv.manage_inventory
       join product p on p.id = pv.product_id and p.deleted_at is null
       left join stock_location sl on sl.id = il.location_id
       left join jsonb_to_recordset(?::jsonb) as t(inventory_item_id text, location_id text, threshold numeric)
         on t.inventory_item_id = il.inventory_item_id and t.location_id = il.location_id
      where il.deleted_at is null
        and ${m ? m.where.sql : "true"}
        and (not ? or (il.stocked_quantity - il.reserved_quantity) <= coalesce(t.threshold, 0))
      order by ${m ? `${m.rank.sql}, ` : ""}pv.sku, sl.name, il.location_id
      limit ? offset ?`,
    [limits, ...(m?.where.bindings ?? []), !!input.low, ...(m?.rank.bindings ?? []), input.limit, input.offset],
  )
  const found = rows as any[]
  const variants = await variantsById(
    container,
    found.map((r) => r.variant_id),
  )
  const all = await levelRows(container, [...variants.values()])
  const at = new Map(all.map((r) => [`${r.variant_id}:${r.location_id}`, r]))
  return {
    levels: found.map((r) => at.get(`${r.variant_id}:${r.location_id}`)).filter(Boolean) as typeof all,
    count: Number(found[0]?.total ?? 0),
    limit: input.limit,
    offset: input.offset,
  }
}
