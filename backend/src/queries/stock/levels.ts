import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOCK_CONTROL_MODULE } from "../../modules/stockcontrol"
import type StockControlModuleService from "../../modules/stockcontrol/service"
import { type StockVariant, toStockVariant, VARIANT_FIELDS } from "./variants"

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
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
          location_name: names.get(l.location_id) ?? l.location_id,
          stocked: l.stocked,
          reserved: l.reserved,
          available: l.available,
          threshold,
          low: threshold != null && l.available <= threshold,
        }
      }),
  )
}

/** Every variant × location at or below its threshold. */
export async function lowStockRows(container: MedusaContainer) {
  const thresholds = (await stockControl(container).listLowStockThresholds({}, { take: null as any })) as any[]
  if (!thresholds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { id: [...new Set(thresholds.map((t) => t.variant_id))] },
  })
  const rows = await levelRows(container, (data as any[]).map(toStockVariant))
  return rows.filter((r) => r.low)
}
