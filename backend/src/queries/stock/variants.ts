import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { likeEscape, SEARCH_RANK, searchWords } from "../../domain/product-search"

export type StockVariant = {
  variant_id: string
  sku: string
  title: string
  /** The Chinese name (product.metadata.title_zh) with the size, where the catalogue has one. */
  title_zh: string | null
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
  "product.metadata",
  "inventory_items.inventory_item_id",
]

const size = (v: any) => (v.title && v.title !== "Default" ? v.title : null)

export const toStockVariant = (v: any): StockVariant => ({
  variant_id: v.id,
  sku: v.sku,
  title: [v.product?.title, size(v)].filter(Boolean).join(" · "),
  title_zh: v.product?.metadata?.title_zh ? [v.product.metadata.title_zh, size(v)].filter(Boolean).join(" · ") : null,
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

/**
 * The SQL that matches a variant against the words of a search (see domain/product-search.ts):
 * `named` is its product's name, its own title, its option values (sizes) and the Chinese name
 * (product subtitle and metadata.title_zh, as the seed and the catalogue import store it).
 * Read-only, over Medusa's product tables, so the catalogue is never loaded into Node.
 */
export function variantMatchSql(q: string) {
  const words = searchWords(q)
  const typed = q.trim().toLowerCase()
  const likes = words.map((w) => `%${likeEscape(w)}%`)
  const all = (expr: string) =>
    likes.length ? `(${expr}) like all (array[${likes.map(() => "?").join(", ")}]::text[])` : "true"
  const named = `lower(concat_ws(' ', p.title, pv.title, p.subtitle, p.metadata->>'title_zh',
      (select string_agg(pov.value, ' ') from product_variant_option pvo
         join product_option_value pov on pov.id = pvo.option_value_id and pov.deleted_at is null
        where pvo.variant_id = pv.id)))`
  const sku = "lower(coalesce(pv.sku, ''))"
  return {
    words,
    /** `where` condition: every word somewhere in the name, sizes or SKU. */
    where: { sql: all(`${named} || ' ' || ${sku}`), bindings: likes },
    /** The rank (0 exact SKU, 1 SKU prefix, 2 all words in the name, 3 elsewhere). */
    rank: {
      sql: `case when ${sku} = ? then ${SEARCH_RANK.exact_sku}
                 when ${sku} like ? then ${SEARCH_RANK.sku_prefix}
                 when ${all(named)} then ${SEARCH_RANK.name}
                 else ${SEARCH_RANK.anywhere} end`,
      bindings: [typed, `${likeEscape(typed)}%`, ...likes],
    },
  }
}

/**
 * Variants found by the words of `q` (SKU, name, size, Chinese name; any order), best first:
 * the exact SKU, SKUs starting with it, all words in the name, then the rest; within a rank by
 * product name, the variant's place in its product, then the shorter SKU first, so sizes come in
 * their natural order (…-M8 before …-M10, which plain text order would put first).
 */
export async function searchVariantIds(container: MedusaContainer, q: string, take = 20, skip = 0) {
  const m = variantMatchSql(q)
  if (!m.words.length) return { ids: [] as string[], total: 0 }
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select pv.id, ${m.rank.sql} as rank, count(*) over () as total
       from product_variant pv
       join product p on p.id = pv.product_id and p.deleted_at is null
      where pv.deleted_at is null and ${m.where.sql}
      order by rank, p.title, pv.variant_rank, length(pv.sku), pv.sku, pv.id
      limit ? offset ?`,
    [...m.rank.bindings, ...m.where.bindings, take, skip],
  )
  return { ids: (rows as any[]).map((r) => r.id as string), total: Number(rows[0]?.total ?? 0) }
}

/** Variants found by the words of `q`, in the order of `searchVariantIds`, with how many match in all. */
export async function searchVariantPage(container: MedusaContainer, q: string, take = 20) {
  const { ids, total } = await searchVariantIds(container, q, take)
  const byId = await variantsById(container, ids)
  return { variants: ids.map((id) => byId.get(id)).filter(Boolean) as StockVariant[], total }
}

/** Variants found by the words of `q` (at most `take`), best first. */
export async function searchVariants(container: MedusaContainer, q: string, take = 20) {
  return (await searchVariantPage(container, q, take)).variants
}
