import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { type StockedVariant, type StockShortage, stockShortages } from "../../domain/stock"

type Query = Omit<RemoteQueryFunction, symbol>

/**
 * Compares wanted quantities with what the sales channel's warehouses can still sell
 * (stocked − reserved, per inventory item a variant is made of; domain/stock.ts). Placing an
 * order repeats this check under a lock per inventory item (workflows/order/place-order.ts),
 * so it is also the race-safe guard.
 */
export async function findStockShortages(
  query: Query,
  salesChannelId: string,
  wanted: { variant_id: string; sku: string; quantity: number; allow_backorder?: boolean }[],
): Promise<StockShortage[]> {
  // The channel's warehouses are read beside the variants (one round trip under the stock locks).
  const locations = query
    .graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } })
    .then(({ data: channels }) => [
      ...new Set<string>((channels[0]?.stock_locations ?? []).map((l: any) => l?.id).filter(Boolean)),
    ])
  return stockShortagesAt(query, locations, wanted)
}

/** The same comparison against the given warehouses (e.g. every warehouse, for a quote not yet tied to a channel). */
export async function stockShortagesAt(
  query: Query,
  locations: string[] | Promise<string[]>,
  wanted: { variant_id: string; sku: string; quantity: number; allow_backorder?: boolean }[],
): Promise<StockShortage[]> {
  const ids = [...new Set(wanted.map((w) => w.variant_id))]
  if (!ids.length) return []
  const [{ data: variants }, warehouses] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "manage_inventory",
        "allow_backorder",
        "inventory_items.required_quantity",
        "inventory_items.inventory.location_levels.location_id",
        "inventory_items.inventory.location_levels.stocked_quantity",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: ids },
    }),
    locations,
  ])
  const byId = new Map<string, StockedVariant>(
    (variants as any[]).map((v) => [
      v.id,
      {
        manage_inventory: v.manage_inventory !== false,
        allow_backorder: !!v.allow_backorder,
        items: (v.inventory_items ?? []).filter(Boolean).map((item: any) => ({
          required_quantity: Number(item.required_quantity || 1),
          levels: (item.inventory?.location_levels ?? []).filter(Boolean).map((l: any) => ({
            location_id: l.location_id,
            stocked: Number(l.stocked_quantity),
            reserved: Number(l.reserved_quantity),
          })),
        })),
      },
    ]),
  )
  return stockShortages(wanted, byId, warehouses)
}
