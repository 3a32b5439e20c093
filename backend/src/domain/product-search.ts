/**
 * How staff find a product by typing: any words of its name (English or Chinese), its size or
 * other option values and its SKU, in any order ("nut m12", "M12 nut", "hex nut", "螺母").
 * Every word must be found somewhere; the ranks say which matches come first.
 */

/** At most this many words are looked for; more add nothing but cost. */
export const MAX_SEARCH_WORDS = 8

/** Escapes LIKE's wildcards so a typed % or _ matches itself (with `escape '\'`). */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The words of a search: split at spaces and punctuation that does not belong to a SKU or a
 * size (kept: letters of any script, digits, - . / x), lower-cased, without repeats.
 */
export function searchWords(q: string): string[] {
  const words = q
    .toLowerCase()
    .split(/[\s,;:()（），；：、|]+/u)
    .map((w) => w.trim())
    .filter(Boolean)
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS)
}

/**
 * Ranks, best first: the SKU typed exactly; a SKU starting with what was typed; every word in the
 * product's name and size (English or Chinese); every word found somewhere (SKU included).
 */
export const SEARCH_RANK = { exact_sku: 0, sku_prefix: 1, name: 2, anywhere: 3 } as const

/** The rank of a variant for a search (the SQL computes the same; this is its specification). */
export function searchRank(
  q: string,
  v: { sku: string | null; name: string; sizes: string[]; name_zh?: string | null },
): number | null {
  const words = searchWords(q)
  if (!words.length) return null
  const sku = (v.sku ?? "").toLowerCase()
  const named = [v.name, ...v.sizes, v.name_zh ?? ""].join(" ").toLowerCase()
  const typed = q.trim().toLowerCase()
  if (!words.every((w) => named.includes(w) || sku.includes(w))) return null
  if (sku && sku === typed) return SEARCH_RANK.exact_sku
  if (sku?.startsWith(typed)) return SEARCH_RANK.sku_prefix
  if (words.every((w) => named.includes(w))) return SEARCH_RANK.name
  return SEARCH_RANK.anywhere
}
