import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { buyingAccountOf } from "../queries/order/buying-account"

type Query = Omit<RemoteQueryFunction, symbol>

/** The sales channel a store request is scoped to, from its publishable key. */
export function storeSalesChannelId(req: { publishable_key_context?: { sales_channel_ids: string[] } }) {
  const id = req.publishable_key_context?.sales_channel_ids?.[0]
  if (!id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The publishable key is not linked to a sales channel")
  }
  return id
}

/**
 * The buyer's region: the one in their company's currency (or the retail account's). Never
 * from anything the customer can write about themselves.
 */
export async function buyerRegionId(container: MedusaContainer, customerId: string) {
  const account = await buyingAccountOf(container, customerId)
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your account is not linked to a company, so it cannot order on account. Ask the seller to open a company account for you.",
    )
  }
  return { regionId: account.region_id, email: account.email }
}

/** `available`: the most one warehouse can ship; `inStock`: the total over the channel's warehouses. */
export type StockShortage = { sku: string; requested: number; available: number; inStock: number }

/**
 * Compares wanted quantities with what the sales channel's warehouses can still sell
 * (stocked − reserved, per inventory item a variant is made of). Medusa reserves each order
 * line at one stock location, so a line can be fulfilled only up to the best single
 * warehouse; that is the figure checked. Variants that do not manage inventory or allow
 * backorders never fall short. Placing an order repeats this check under a lock per
 * inventory item, so it is also the race-safe guard (see workflows/order/place-order.ts).
 */
export async function findStockShortages(
  query: Query,
  salesChannelId: string,
  wanted: { variant_id: string; sku: string; quantity: number; allow_backorder?: boolean }[],
): Promise<StockShortage[]> {
  const ids = [...new Set(wanted.map((w) => w.variant_id))]
  if (!ids.length) return []
  const [{ data: channels }, { data: variants }] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } }),
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
  ])
  const locations = new Set<string>((channels[0]?.stock_locations ?? []).map((l: any) => l?.id).filter(Boolean))
  const byId = new Map(variants.map((v: any) => [v.id, v]))
  const totals = new Map<string, { sku: string; quantity: number; backorder: boolean }>()
  for (const w of wanted) {
    const t = totals.get(w.variant_id) ?? { sku: w.sku, quantity: 0, backorder: !!w.allow_backorder }
    t.quantity += w.quantity
    totals.set(w.variant_id, t)
  }
  const shortages: StockShortage[] = []
  for (const [variantId, t] of totals) {
    const v: any = byId.get(variantId)
    if (!v || t.backorder || v.allow_backorder || v.manage_inventory === false) continue
    const items = (v.inventory_items ?? []).filter(Boolean)
    if (!items.length) continue
    // Units of the variant each warehouse can ship: the scarcest of its inventory items there.
    const perLocation = [...locations].map((locationId) =>
      Math.min(
        ...items.map((item: any) => {
          const level = (item.inventory?.location_levels ?? []).find((l: any) => l?.location_id === locationId)
          const free = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
          return Math.floor(Math.max(0, free) / Number(item.required_quantity || 1))
        }),
      ),
    )
    const best = perLocation.length ? Math.max(...perLocation) : 0
    if (t.quantity > best) {
      const inStock = perLocation.reduce((a, b) => a + b, 0)
      shortages.push({ sku: t.sku, requested: t.quantity, available: best, inStock })
    }
  }
  return shortages
}

/** "only 2 available", or "at most 5 can ship from one warehouse (8 in stock in all)" */
export const availabilityNote = (x: StockShortage) =>
  x.inStock > x.available
    ? `at most ${x.available} can ship from one warehouse (${x.inStock} in stock in all)`
    : `only ${x.available} available`

export const shortageMessage = (shortages: StockShortage[]) =>
  shortages.map((x) => `SKU ${x.sku}: ${x.requested} requested, ${availabilityNote(x)}`).join("; ")
