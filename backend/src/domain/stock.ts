/** `available`: the most one warehouse can ship; `inStock`: the total over the channel's warehouses. */
export type StockShortage = { sku: string; requested: number; available: number; inStock: number }

export type WarehouseLevel = { location_id: string; stocked: number; reserved: number }
export type StockedVariant = {
  manage_inventory: boolean
  allow_backorder: boolean
  items: { required_quantity: number; levels: WarehouseLevel[] }[]
}

/**
 * Units of a variant each warehouse can ship: the scarcest of its inventory items there (a kit
 * ships only as many as its rarest part allows). An order line is reserved at one warehouse,
 * so the most a line can be is the best single warehouse.
 */
export function unitsPerWarehouse(v: StockedVariant, locations: string[]) {
  return locations.map((locationId) =>
    Math.min(
      ...v.items.map((item) => {
        const level = item.levels.find((l) => l.location_id === locationId)
        const free = level ? level.stocked - level.reserved : 0
        return Math.floor(Math.max(0, free) / (item.required_quantity || 1))
      }),
    ),
  )
}

/** The shortages of the wanted quantities (summed per variant); backordered or untracked variants never fall short. */
export function stockShortages(
  wanted: { variant_id: string; sku: string; quantity: number; allow_backorder?: boolean }[],
  variants: Map<string, StockedVariant>,
  locations: string[],
): StockShortage[] {
  const totals = new Map<string, { sku: string; quantity: number; backorder: boolean }>()
  for (const w of wanted) {
    const t = totals.get(w.variant_id) ?? { sku: w.sku, quantity: 0, backorder: !!w.allow_backorder }
    t.quantity += w.quantity
    totals.set(w.variant_id, t)
  }
  const shortages: StockShortage[] = []
  for (const [variantId, t] of totals) {
    const v = variants.get(variantId)
    if (!v || t.backorder || v.allow_backorder || v.manage_inventory === false || !v.items.length) continue
    const perLocation = unitsPerWarehouse(v, locations)
    const best = perLocation.length ? Math.max(...perLocation) : 0
    if (t.quantity > best) {
      shortages.push({
        sku: t.sku,
        requested: t.quantity,
        available: best,
        inStock: perLocation.reduce((a, b) => a + b, 0),
      })
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
