import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toAmount } from "../../domain/money"
import type { Availability } from "../../domain/order-entry"
import { purchaseHistory } from "../order/purchase-history"
import { catalogPrices } from "../pricing/catalog-prices"
import { companyForQuoting } from "../quote/pricing"
import { projectedCosts } from "../stock/costs"
import { inventoryLevels } from "../stock/levels"
import { searchVariantPage } from "../stock/variants"
import { companyBuyers } from "./customer-context"
import { staffSalesChannelId } from "./staff-channel"

async function channelLocations(container: MedusaContainer, channelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id", "stock_locations.name"],
    filters: { id: channelId },
  })
  return ((data[0]?.stock_locations ?? []).filter(Boolean) as any[]).map((l) => ({
    id: l.id as string,
    name: l.name as string,
  }))
}

/** Available units per location of the staff channel, per inventory item. */
export async function availability(container: MedusaContainer, channelId: string, inventoryItemIds: string[]) {
  const [locations, levels] = await Promise.all([
    channelLocations(container, channelId),
    inventoryLevels(container, inventoryItemIds),
  ])
  return (inventoryItemId: string | null): Availability => {
    const perLocation = locations.map((l) => ({
      location_id: l.id,
      name: l.name,
      available: Math.max(
        0,
        levels.find((x) => x.inventory_item_id === inventoryItemId && x.location_id === l.id)?.available ?? 0,
      ),
    }))
    return { locations: perLocation, total: perLocation.reduce((a, l) => a + l.available, 0) }
  }
}

/**
 * Products found by any words of their name (English or Chinese), size and SKU, best first, with
 * the customer's price, stock per location of the staff channel, cost and history; `total` is how
 * many match in all (the first `take` are answered).
 */
export async function entryProducts(container: MedusaContainer, companyId: string, q: string, take = 20) {
  const term = q.trim()
  if (!term) throw new MedusaError(MedusaError.Types.INVALID_DATA, "q: type a SKU or a product name")
  const company = await companyForQuoting(container, companyId)
  const { variants, total } = await searchVariantPage(container, term, take)
  const channelId = await staffSalesChannelId(container)
  const buyers = await companyBuyers(container, companyId)
  const [prices, stock, history, costs] = await Promise.all([
    catalogPrices(
      container,
      company,
      variants.map((v) => v.variant_id),
    ),
    availability(container, channelId, variants.map((v) => v.inventory_item_id).filter(Boolean) as string[]),
    purchaseHistory(
      container,
      buyers.map((b) => b.customer_id),
    ),
    projectedCosts(
      container,
      variants.map((v) => ({ variant_id: v.variant_id, quantity: 1 })),
      company.currency_code,
    ),
  ])
  const products = variants
    .filter((v) => prices.has(v.variant_id))
    .map((v) => {
      const p = prices.get(v.variant_id) as any
      const a = stock(v.inventory_item_id)
      const last = history.last.get(v.variant_id)
      return {
        variant_id: v.variant_id,
        sku: v.sku,
        title: v.title,
        title_zh: v.title_zh,
        unit_price: p.contract_price,
        list_price: p.list_price,
        tax_inclusive: p.tax_inclusive,
        allow_backorder: v.allow_backorder,
        manage_inventory: v.manage_inventory,
        available_total: v.manage_inventory ? a.total : null,
        locations: v.manage_inventory ? a.locations : [],
        unit_cost:
          costs.get(v.variant_id)?.unit_cost == null
            ? null
            : toAmount(costs.get(v.variant_id)?.unit_cost, company.currency_code),
        last_paid: last
          ? {
              unit_price: last.unit_price,
              currency_code: last.currency_code,
              quantity: last.quantity,
              order_display_id: last.order_display_id,
            }
          : null,
        usual_quantity: history.usual.get(v.variant_id) ?? null,
      }
    })
  return { products, total }
}
