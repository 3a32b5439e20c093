import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currencyDecimals, dec, toAmount, tooManyDecimals } from "../../../domain/money"
import { CHANNEL_POLICY } from "../../../domain/order-gates"
import { catalogPrices } from "../../../queries/pricing/catalog-prices"
import type { BuyingAccount, OrderSource, PlaceOrderInput, PricedLine } from "../types"

export const priceOrderLinesStepId = "ordo-price-order-lines"

/** The most a unit may cost: a price above it is a typing error (or an attack), not a sale. */
export const MAX_UNIT_PRICE = "100000000"

/**
 * Gate: prices. Every line is priced here, never from anything a buyer can write: the
 * company's contract price list (storefront), the quote's version (quote), the staff
 * member's typed price or else the price list (staff), the marketplace's order (marketplace),
 * or the price the approvers saw (last approval). List prices, which the discount rule
 * compares with, always come from the catalogue (or the quote version). Variants must be
 * for sale: published, in the order's sales channel. Reads only.
 */
export const priceOrderLinesStep = createStep(
  priceOrderLinesStepId,
  async (
    { input, account, source }: { input: PlaceOrderInput; account: BuyingAccount; source: OrderSource },
    { container },
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const currency = account.currency_code
    const ids = [...new Set(source.lines.map((l) => l.variant_id).filter(Boolean))]
    const [catalog, { data: variants }] = await Promise.all([
      catalogPrices(
        container,
        { region_id: account.region_id, currency_code: currency, group_id: account.group_id ?? undefined },
        ids,
      ),
      query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "sku",
          "manage_inventory",
          "allow_backorder",
          "product.status",
          "product.sales_channels.id",
          "inventory_items.inventory_item_id",
        ],
        filters: { id: ids },
      }),
    ])
    const byId = new Map((variants as any[]).map((v) => [v.id, v]))
    const priceSource = input.approved ? "approved" : CHANNEL_POLICY[input.channel].prices
    const problems: string[] = []
    const lines: PricedLine[] = []
    source.lines.forEach((l, i) => {
      const v = byId.get(l.variant_id)
      const c = catalog.get(l.variant_id)
      const sku = v?.sku ?? l.sku ?? l.variant_id
      // Buyers order what their storefront offers; staff and quotes any published product.
      const forSale =
        v &&
        v.product?.status === "published" &&
        (priceSource !== "catalog" ||
          (v.product?.sales_channels ?? []).some((s: any) => s?.id === input.sales_channel_id))
      // The last approval converts what was approved, even if the product was unpublished since.
      if (!v || (!forSale && !input.approved)) {
        problems.push(`lines.${i}: ${sku} is not for sale here`)
        return
      }
      if (!c) {
        problems.push(`lines.${i}: ${sku} has no ${currency.toUpperCase()} price`)
        return
      }
      let unit: string
      let origin: string
      const given = l.unit_price == null || l.unit_price === "" ? null : String(l.unit_price)
      if (priceSource === "catalog") {
        unit = c.contract_price
        origin = "price_list"
      } else if (priceSource === "quote" || priceSource === "approved" || priceSource === "marketplace") {
        if (given == null) {
          problems.push(`lines.${i}.unit_price: ${sku} has no price`)
          return
        }
        unit = given
        origin = priceSource
      } else {
        unit = given ?? c.contract_price
        origin = given == null ? "price_list" : "entered"
      }
      if (!/^\d+(\.\d+)?$/.test(unit) || dec(unit).gt(MAX_UNIT_PRICE)) {
        problems.push(`lines.${i}.unit_price: ${sku}: "${unit}" is not a price from 0 to ${MAX_UNIT_PRICE}`)
        return
      }
      if (tooManyDecimals(unit, currency)) {
        problems.push(
          `lines.${i}.unit_price: ${currency.toUpperCase()} prices have at most ${currencyDecimals(currency)} decimals (${sku}: ${unit})`,
        )
        return
      }
      const list = priceSource === "quote" && l.list_price ? l.list_price : c.list_price
      lines.push({
        variant_id: v.id,
        sku: v.sku,
        title: c.title,
        quantity: Number(l.quantity),
        unit_price: toAmount(unit, currency),
        list_price: toAmount(list, currency),
        contract_price: c.contract_price,
        // A quoted or approved line keeps the tax treatment it was priced with.
        tax_inclusive: l.tax_inclusive ?? c.tax_inclusive,
        manage_inventory: v.manage_inventory !== false,
        allow_backorder: !!v.allow_backorder,
        inventory_item_ids: ((v.inventory_items ?? []) as any[]).map((x) => x?.inventory_item_id).filter(Boolean),
        metadata: { price_source: origin, list_price: toAmount(list, currency), contract_price: c.contract_price },
      })
    })
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    return new StepResponse(lines)
  },
)
