import type { OrderAddress } from "./address"
import { dec } from "./money"

/** The seller as invoices print it; kept in the store's settings (store metadata `ordo_seller_*`). */
export type SellerDetails = {
  name: string
  address: string
  tax_id: string | null
  contact: string | null
  bank_name: string | null
  bank_account: string | null
}

/** The store metadata keys staff edit (Settings → Store → Metadata), one per seller field. */
export const SELLER_METADATA_KEYS = {
  name: "ordo_seller_name",
  address: "ordo_seller_address",
  tax_id: "ordo_seller_tax_id",
  contact: "ordo_seller_contact",
  bank_name: "ordo_seller_bank_name",
  bank_account: "ordo_seller_bank_account",
} as const satisfies Record<keyof SellerDetails, string>

/** The seller from the store's metadata; name and address fall back to the letterhead's defaults. */
export function sellerFromMetadata(
  metadata: Record<string, unknown> | null | undefined,
  fallback: { name: string; address: string; contact?: string | null },
): SellerDetails {
  const read = (k: keyof SellerDetails) => {
    const v = metadata?.[SELLER_METADATA_KEYS[k]]
    return typeof v === "string" && v.trim() ? v.trim() : null
  }
  return {
    name: read("name") ?? fallback.name,
    address: read("address") ?? fallback.address,
    tax_id: read("tax_id"),
    contact: read("contact") ?? fallback.contact ?? null,
    bank_name: read("bank_name"),
    bank_account: read("bank_account"),
  }
}

/** An address as printed lines: who, street, city with postcode, country. Empty parts are left out. */
export function addressLines(a: OrderAddress | null | undefined): string[] {
  if (!a) return []
  const who = [[a.first_name, a.last_name].filter(Boolean).join(" "), a.company].filter(Boolean).join(", ")
  const city = [a.postal_code, a.city, a.province].filter(Boolean).join(" ")
  return [who, [a.address_1, a.address_2].filter(Boolean).join(", "), city, a.country_code?.toUpperCase() ?? ""].filter(
    (l) => l.trim() !== "",
  )
}

type Line = { unit_price: unknown; quantity: number; total: unknown }

/**
 * Whether an invoice's prices include VAT: every line's total is exactly unit price × quantity and
 * there is tax in it. Then the invoice says "incl. VAT" and shows the VAT inside the total;
 * otherwise it adds the tax to the subtotal.
 */
export function pricesIncludeTax(invoice: { tax_total: unknown; lines?: Line[] | null }): boolean {
  const lines = invoice.lines ?? []
  if (!lines.length || !dec(invoice.tax_total).gt(0)) return false
  return lines.every((l) => dec(l.unit_price).times(l.quantity).eq(dec(l.total)))
}
