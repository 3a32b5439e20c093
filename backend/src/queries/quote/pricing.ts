import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { priceQuoteLines, type QuoteLineInput } from "../../domain/quote-pricing"
import { catalogPrices } from "../pricing/catalog-prices"

/** A company with what quoting needs: currency, region, contract price group. */
export async function companyForQuoting(container: MedusaContainer, companyId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [company],
  } = await query.graph({
    entity: "company",
    fields: ["id", "legal_name", "currency_code", "locale", "sales_rep_id", "customer_group.id"],
    filters: { id: companyId },
  })
  if (!company) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { currency_code: company.currency_code },
  })
  if (!regions.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No region sells in ${company.currency_code.toUpperCase()}`)
  }
  return { ...company, region_id: regions[0].id as string, group_id: (company as any).customer_group?.id as string }
}

/** Prices lines for a company; a line with neither price nor discount gets the contract price. */
export async function priceForCompany(
  container: MedusaContainer,
  company: { region_id: string; currency_code: string; group_id?: string },
  input: QuoteLineInput[],
) {
  const catalog = await catalogPrices(
    container,
    company,
    input.map((l) => l.variant_id),
  )
  const withDefaults = input.map((l) =>
    l.unit_price == null && l.discount_percent == null
      ? { ...l, unit_price: catalog.get(l.variant_id)?.contract_price }
      : l,
  )
  return priceQuoteLines(withDefaults, catalog, company.currency_code)
}
