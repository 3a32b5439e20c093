import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { stockShortagesAt } from "../stock/stock-shortages"

/** A quoted line above what the warehouses can still sell: staff are told when they send it (nothing is refused). */
export type QuoteStockWarning = {
  sku: string
  title: string | null
  quoted: number
  /** What one warehouse can still sell now (an order line ships from one warehouse). */
  available: number
  /** In stock in all warehouses together, less what is reserved. */
  in_stock: number
}

/**
 * The current version's lines whose quantity exceeds what can be sold now, checked against every
 * warehouse (a quote is not tied to a sales channel until it is accepted). Products that allow
 * backorders or keep no stock never warn. Reads only.
 */
export async function quoteStockWarnings(
  container: MedusaContainer,
  quote: { current_version: number; versions?: { version: number; lines: any[] }[] },
): Promise<QuoteStockWarning[]> {
  const lines = (quote.versions ?? []).find((v) => v.version === quote.current_version)?.lines ?? []
  if (!lines.length) return []
  const locations = container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({}, { select: ["id"] })
    .then((ls) => ls.map((l) => l.id))
  const shortages = await stockShortagesAt(
    container.resolve(ContainerRegistrationKeys.QUERY),
    locations,
    lines.map((l: any) => ({ variant_id: l.variant_id, sku: l.sku, quantity: Number(l.quantity) })),
  )
  const titleOf = new Map<string, string>(lines.map((l: any) => [l.sku, l.title]))
  return shortages.map((s) => ({
    sku: s.sku,
    title: titleOf.get(s.sku) ?? null,
    quoted: s.requested,
    available: s.available,
    in_stock: s.inStock,
  }))
}
