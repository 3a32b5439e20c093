import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"

type Query = Parameters<typeof getVariantAvailability>[0]

/** The sales channel a store request is scoped to, from its publishable key. */
export function storeSalesChannelId(req: { publishable_key_context?: { sales_channel_ids: string[] } }) {
  const id = req.publishable_key_context?.sales_channel_ids?.[0]
  if (!id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The publishable key is not linked to a sales channel")
  }
  return id
}

/** The buyer's region: the one in their company's currency (company module takes this over later). */
export async function buyerRegionId(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({ entity: "customer", fields: ["id", "email", "metadata"], filters: { id: customerId } })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer not found")
  const currency = String(customer.metadata?.currency_code ?? "cny").toLowerCase()
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { currency_code: currency },
  })
  if (!regions.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No region sells in ${currency.toUpperCase()}`)
  }
  return { regionId: regions[0].id as string, email: customer.email as string }
}

export type StockShortage = { sku: string; requested: number; available: number }

/**
 * Compares wanted quantities with what the sales channel's locations can still sell
 * (stocked − reserved). Variants that do not manage inventory or allow backorders never fall short.
 * This is the friendly check that names SKUs; the race-safe guard is the locked reservation
 * made when the order is placed.
 */
export async function findStockShortages(
  query: Query,
  salesChannelId: string,
  wanted: { variant_id: string; sku: string; quantity: number; allow_backorder?: boolean }[],
): Promise<StockShortage[]> {
  const ids = [...new Set(wanted.map((w) => w.variant_id))]
  if (!ids.length) return []
  const availability = await getVariantAvailability(query, { variant_ids: ids, sales_channel_id: salesChannelId })
  const totals = new Map<string, { sku: string; quantity: number; backorder: boolean }>()
  for (const w of wanted) {
    const t = totals.get(w.variant_id) ?? { sku: w.sku, quantity: 0, backorder: !!w.allow_backorder }
    t.quantity += w.quantity
    totals.set(w.variant_id, t)
  }
  const shortages: StockShortage[] = []
  for (const [variantId, t] of totals) {
    const available = availability[variantId]?.availability
    if (t.backorder || available === null || available === undefined) continue
    if (t.quantity > available) shortages.push({ sku: t.sku, requested: t.quantity, available: Math.max(0, available) })
  }
  return shortages
}

export const shortageMessage = (s: StockShortage[]) =>
  s.map((x) => `SKU ${x.sku}: ${x.requested} requested, only ${x.available} available`).join("; ")
