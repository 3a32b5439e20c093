import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type StockVariant = {
  variant_id: string
  sku: string
  title: string
  allow_backorder: boolean
  manage_inventory: boolean
  inventory_item_id: string | null
}

export const VARIANT_FIELDS = [
  "id",
  "sku",
  "title",
  "allow_backorder",
  "manage_inventory",
  "product.title",
  "inventory_items.inventory_item_id",
]

export const toStockVariant = (v: any): StockVariant => ({
  variant_id: v.id,
  sku: v.sku,
  title: [v.product?.title, v.title && v.title !== "Default" ? v.title : null].filter(Boolean).join(" · "),
  allow_backorder: !!v.allow_backorder,
  manage_inventory: v.manage_inventory !== false,
  inventory_item_id: v.inventory_items?.[0]?.inventory_item_id ?? null,
})

/** Variants by SKU, matched without regard to case; the map is keyed by the upper-cased SKU. */
export async function variantsBySku(container: MedusaContainer, skus: string[]) {
  const wanted = [...new Set(skus.map((s) => s.trim()).filter(Boolean))]
  const out = new Map<string, StockVariant>()
  if (!wanted.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { sku: [...new Set([...wanted, ...wanted.map((s) => s.toUpperCase())])] },
  })
  for (const v of data as any[]) if (v.sku) out.set(String(v.sku).toUpperCase(), toStockVariant(v))
  return out
}

/** Variants by id. */
export async function variantsById(container: MedusaContainer, ids: string[]) {
  const out = new Map<string, StockVariant>()
  if (!ids.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { id: [...new Set(ids)] },
  })
  for (const v of data as any[]) out.set(v.id, toStockVariant(v))
  return out
}

export async function variantBySku(container: MedusaContainer, sku: string, field = "sku") {
  const v = (await variantsBySku(container, [sku])).get(sku.trim().toUpperCase())
  if (!v) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no product has SKU "${sku}"`)
  if (!v.inventory_item_id || !v.manage_inventory) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: SKU ${v.sku} does not track stock`)
  }
  return v as StockVariant & { inventory_item_id: string }
}

/** Variants whose SKU or product name contains `q` (at most `take`). */
export async function searchVariants(container: MedusaContainer, q: string, take = 20) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const like = `%${q.trim()}%`
  const [{ data: bySku }, { data: products }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: VARIANT_FIELDS,
      filters: { sku: { $ilike: like } } as any,
      pagination: { skip: 0, take, order: { sku: "ASC" } },
    }),
    query.graph({
      entity: "product",
      fields: ["id", "variants.id"],
      filters: { title: { $ilike: like } } as any,
      pagination: { skip: 0, take },
    }),
  ])
  const out = new Map<string, StockVariant>((bySku as any[]).map((v) => [v.id, toStockVariant(v)]))
  const more = (products as any[])
    .flatMap((p) => (p.variants ?? []).map((v: any) => v?.id))
    .filter((id) => id && !out.has(id))
  if (more.length && out.size < take) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: VARIANT_FIELDS,
      filters: { id: more.slice(0, take - out.size) },
    })
    for (const v of data as any[]) out.set(v.id, toStockVariant(v))
  }
  return [...out.values()].slice(0, take)
}
