import type { Amount } from "./types"

/** Medusa amounts are decimal major units (12.5 = 12.50), sent as numbers or numeric strings. */
export function toNumber(amount: Amount): number | null {
  if (amount === null || amount === undefined || amount === "") return null
  const n = typeof amount === "number" ? amount : Number(amount)
  return Number.isFinite(n) ? n : null
}

export function formatMoney(amount: Amount, currencyCode: string | null | undefined, locale: string): string {
  const n = toNumber(amount)
  if (n === null) return "—"
  const currency = (currencyCode || "").toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) return n.toFixed(2)
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(n)
}

/** A contract price is shown beside the list price only when they really differ. */
export function hasDiscount(calculated: Amount, original: Amount): boolean {
  const c = toNumber(calculated)
  const o = toNumber(original)
  return c !== null && o !== null && Math.abs(c - o) > 1e-9
}
