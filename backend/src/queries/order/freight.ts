import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dec } from "../../domain/money"

export type Freight = { option_id: string; name: string; amount: string }

/**
 * The cheapest freight option that delivers to the country from a warehouse of the sales
 * channel, with its flat price in the order's currency (a region-specific price first). Return
 * options and options disabled for the store are never picked.
 */
export async function freightFor(
  container: MedusaContainer,
  where: { country_code: string; currency_code: string; region_id: string; sales_channel_id: string },
): Promise<Freight | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: options }, { data: channels }] = await Promise.all([
    query.graph({
      entity: "shipping_option",
      fields: [
        "id",
        "name",
        "rules.attribute",
        "rules.value",
        "prices.amount",
        "prices.currency_code",
        "prices.price_rules.attribute",
        "prices.price_rules.value",
        "service_zone.geo_zones.country_code",
        "service_zone.fulfillment_set.location.id",
      ],
    }),
    query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: where.sales_channel_id },
    }),
  ])
  const locations = new Set(((channels[0]?.stock_locations ?? []) as any[]).map((l) => l?.id))
  const country = where.country_code.toLowerCase()
  const currency = where.currency_code.toLowerCase()
  const candidates = (options as any[]).flatMap((o) => {
    const rules = (o.rules ?? []).filter(Boolean)
    if (rules.some((r: any) => r.attribute === "is_return" && String(r.value) === "true")) return []
    if (rules.some((r: any) => r.attribute === "enabled_in_store" && String(r.value) === "false")) return []
    if (!(o.service_zone?.geo_zones ?? []).some((g: any) => g?.country_code === country)) return []
    const location = o.service_zone?.fulfillment_set?.location?.id
    if (location && !locations.has(location)) return []
    const prices = (o.prices ?? []).filter(Boolean)
    const forRegion = prices.find((p: any) =>
      (p.price_rules ?? []).some((r: any) => r?.attribute === "region_id" && r.value === where.region_id),
    )
    const forCurrency = prices.find(
      (p: any) => String(p.currency_code).toLowerCase() === currency && !(p.price_rules ?? []).length,
    )
    const price = forRegion ?? forCurrency
    if (!price) return []
    return [{ option_id: o.id as string, name: o.name as string, amount: dec(price.amount).toFixed() }]
  })
  return candidates.sort((a, b) => dec(a.amount).comparedTo(dec(b.amount)) ?? 0)[0]
}
