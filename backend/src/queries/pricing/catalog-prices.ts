import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { toAmount } from "../../domain/money"
import type { CatalogPrice } from "../../domain/quote-pricing"

/** List and contract prices of variants for a company (its region, currency and price group). */
export async function catalogPrices(
  container: MedusaContainer,
  company: { region_id: string; currency_code: string; group_id?: string },
  variantIds: string[],
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", "product.title", "calculated_price.*"],
    filters: { id: [...new Set(variantIds)] },
    context: {
      calculated_price: QueryContext({
        region_id: company.region_id,
        currency_code: company.currency_code,
        ...(company.group_id ? { customer: { groups: [{ id: company.group_id }] } } : {}),
      }),
    },
  })
  const taxInclusive = await pricesIncludeTax(container, company.region_id, company.currency_code)
  const prices = new Map<string, CatalogPrice & { contract_price: string }>()
  for (const v of data as any[]) {
    const cp = v.calculated_price
    if (!cp || cp.calculated_amount == null) continue
    prices.set(v.id, {
      variant_id: v.id,
      sku: v.sku,
      title: [v.product?.title, v.title !== "Default" ? v.title : null].filter(Boolean).join(" · "),
      list_price: toAmount(cp.original_amount ?? cp.calculated_amount, company.currency_code),
      contract_price: toAmount(cp.calculated_amount, company.currency_code),
      tax_inclusive: taxInclusive,
    })
  }
  return prices
}

/**
 * Whether the region's prices include tax, from Medusa's price preferences (region first,
 * then currency) — the same rule carts use. The calculated price's own flag does not reflect
 * region preferences when queried outside a cart.
 */
async function pricesIncludeTax(container: MedusaContainer, regionId: string, currency: string) {
  const pricing = container.resolve(Modules.PRICING)
  const [byRegion] = await pricing.listPricePreferences({ attribute: "region_id", value: regionId })
  if (byRegion) return !!byRegion.is_tax_inclusive
  const [byCurrency] = await pricing.listPricePreferences({ attribute: "currency_code", value: currency })
  return !!byCurrency?.is_tax_inclusive
}
