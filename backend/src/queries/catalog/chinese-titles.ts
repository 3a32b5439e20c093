import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The Chinese product names (product `metadata.title_zh`) of some variants, for the lines of
 * orders, quotes and invoices, which keep the English title they were written with. One query.
 */
export async function chineseTitlesOfVariants(
  container: MedusaContainer,
  variantIds: (string | null | undefined)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(variantIds.filter((x): x is string => Boolean(x)))]
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "product.metadata"],
    filters: { id: ids },
  })
  const out = new Map<string, string>()
  for (const v of data as any[]) {
    const zh = v?.product?.metadata?.title_zh
    if (typeof zh === "string" && zh) out.set(v.id, zh)
  }
  return out
}
