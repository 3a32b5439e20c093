import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { QuoteLineInput } from "../../domain/quote-pricing"

type LineBody = {
  variant_id?: string
  sku?: string
  quantity: number
  unit_price?: string
  discount_percent?: string
}

/** Quote lines given by SKU or variant id, as variant ids; an unknown SKU is named with its line. */
export async function quoteLineVariants(container: MedusaContainer, lines: LineBody[]): Promise<QuoteLineInput[]> {
  const skus = lines.filter((l) => !l.variant_id).map((l) => l.sku as string)
  const { data } = skus.length
    ? await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
    : { data: [] as any[] }
  const bySku = new Map(data.map((v: any) => [v.sku, v.id]))
  return lines.map((l, i) => {
    const variant_id = l.variant_id ?? bySku.get(l.sku)
    if (!variant_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines.${i}.sku: unknown SKU ${l.sku}`)
    return { variant_id, quantity: l.quantity, unit_price: l.unit_price, discount_percent: l.discount_percent }
  })
}
