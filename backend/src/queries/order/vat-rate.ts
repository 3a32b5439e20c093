import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dec } from "../../domain/money"

/** The default tax rate (percent) of a country's tax region; 0 where none is set. */
export async function vatRate(container: MedusaContainer, countryCode: string | null | undefined) {
  if (!countryCode) return dec(0)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "tax_region",
    fields: ["id", "country_code", "province_code", "tax_rates.rate", "tax_rates.is_default"],
    filters: { country_code: countryCode.toLowerCase() },
  })
  const region = (data as any[]).find((r) => !r.province_code) ?? data[0]
  const rate = (region?.tax_rates ?? []).find((r: any) => r?.is_default)?.rate
  return dec(rate ?? 0)
}
