import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderAddress } from "../../domain/address"
import {
  checkEntryAddress,
  checkEntryLines,
  type EntryLineInput,
  type EntryVariant,
  priceEntry,
  validQuantity,
} from "../../domain/order-entry"
import { MAX_ENTRY_LINES } from "../../domain/order-lines"
import { purchaseHistory } from "../order/purchase-history"
import { vatRate } from "../order/vat-rate"
import { catalogPrices } from "../pricing/catalog-prices"
import { companyForQuoting } from "../quote/pricing"
import { projectedCosts } from "../stock/costs"
import { findStockShortages } from "../stock/stock-shortages"
import { variantsById, variantsBySku } from "../stock/variants"
import { addressesOnFile, companyBuyers, minMarginPercent } from "./customer-context"
import { availability } from "./entry-products"
import { staffSalesChannelId } from "./staff-channel"

export type EntryInput = {
  company_id: string
  customer_id: string
  lines: EntryLineInput[]
  address_id?: string
  shipping_address?: OrderAddress
  shipping_amount?: string
}

async function regionCountries(container: MedusaContainer, regionId: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "region", fields: ["countries.iso_2"], filters: { id: regionId } })
  return ((data[0] as any)?.countries ?? []).map((c: any) => String(c?.iso_2).toLowerCase()) as string[]
}

/**
 * An entry as the order would be: the facts (company, buyer, addresses, variants, prices, stock
 * of the staff channel, costs, history, VAT) read here, the guards applied by
 * domain/order-entry.ts. Saves nothing.
 */
export async function checkEntry(container: MedusaContainer, input: EntryInput) {
  if (input.lines.length > MAX_ENTRY_LINES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: at most ${MAX_ENTRY_LINES} lines per order`)
  }
  const company = await companyForQuoting(container, input.company_id)
  const currency = company.currency_code as string
  const buyers = await companyBuyers(container, company.id)
  const buyer = buyers.find((b) => b.customer_id === input.customer_id)
  if (!buyer) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_id: not a buyer of ${company.legal_name}`)
  }
  const [onFile, countries, bySku, byId, channelId] = await Promise.all([
    addressesOnFile(container, company.id, company.legal_name, buyers),
    regionCountries(container, company.region_id),
    variantsBySku(container, input.lines.map((l) => l.sku ?? "").filter(Boolean)),
    variantsById(
      container,
      input.lines.filter((l) => l.variant_id && !l.sku).map((l) => l.variant_id as string),
    ),
    staffSalesChannelId(container),
  ])
  const addressCheck = checkEntryAddress(input, {
    on_file: onFile,
    buyer,
    legal_name: company.legal_name,
    currency_code: currency,
    region_countries: countries,
  })
  const lineCheck = checkEntryLines(
    input.lines,
    (l): EntryVariant | undefined => (l.sku ? bySku.get(l.sku.trim().toUpperCase()) : byId.get(l.variant_id as string)),
    currency,
  )
  const known = lineCheck.resolved.flatMap((r) => (r.variant ? [{ input: r.input, variant: r.variant }] : []))
  const [prices, stock, history, costs, rate, shortages] = await Promise.all([
    catalogPrices(
      container,
      company,
      known.map((r) => r.variant.variant_id),
    ),
    availability(
      container,
      channelId,
      known.flatMap((r) => (r.variant.inventory_item_id ? [r.variant.inventory_item_id] : [])),
    ),
    purchaseHistory(
      container,
      buyers.map((b) => b.customer_id),
    ),
    projectedCosts(
      container,
      known.map((r) => ({ variant_id: r.variant.variant_id, quantity: Number(r.input.quantity) || 1 })),
      currency,
    ),
    vatRate(container, addressCheck.address?.country_code ?? (currency === "cny" ? "cn" : null)),
    findStockShortages(
      container.resolve(ContainerRegistrationKeys.QUERY),
      channelId,
      known
        .filter((r) => validQuantity(r.input.quantity))
        .map((r) => ({
          variant_id: r.variant.variant_id,
          sku: r.variant.sku,
          quantity: r.input.quantity,
          allow_backorder: r.variant.allow_backorder,
        })),
    ),
  ])
  const priced = priceEntry({
    currency_code: currency,
    resolved: lineCheck.resolved,
    prices,
    costs,
    usual: history.usual,
    last: history.last,
    stock,
    shortages,
    vat_rate: rate.toFixed(),
    min_margin_percent: minMarginPercent(),
    shipping_amount: input.shipping_amount,
  })
  const noLines = lineCheck.blocks.filter((b) => b.code === "no_lines")
  const lineBlocks = lineCheck.blocks.filter((b) => b.code !== "no_lines")
  return {
    company,
    buyer,
    address: addressCheck.address,
    channel_id: channelId,
    preview: {
      currency_code: currency,
      tax_inclusive: priced.tax_inclusive,
      lines: priced.lines,
      totals: priced.totals,
      warnings: [...addressCheck.warnings, ...priced.warnings],
      blocks: [...noLines, ...addressCheck.blocks, ...lineBlocks, ...priced.blocks],
    },
  }
}

export type CheckedEntry = Awaited<ReturnType<typeof checkEntry>>
