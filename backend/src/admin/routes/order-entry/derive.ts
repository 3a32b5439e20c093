/** What the order entry screen derives from its state: the entry to check and submit, warnings, texts. Pure. */
import type { EntryBody, EntryCheck, EntryProduct, EntrySaved, EntryWarning } from "../../hooks/order-entry"
import { money } from "../../lib/format"
import { type EntryState, type NewLine, OTHER } from "./state"

/** The entry as the check and the submit take it; null until there is a company, a buyer and a line. */
export function entryBody(s: EntryState): EntryBody | null {
  const companyId: string = s.ctx?.company?.id ?? ""
  if (!companyId || !s.buyerId || !s.lines.length) return null
  return {
    company_id: companyId,
    customer_id: s.buyerId,
    lines: s.lines.map((l) => ({
      ...(l.variant_id ? { variant_id: l.variant_id } : { sku: l.sku }),
      quantity: Number.isFinite(Number(l.quantity)) && l.quantity.trim() !== "" ? Number(l.quantity) : 0,
      ...(l.priced && l.unit_price.trim() ? { unit_price: l.unit_price.trim() } : {}),
    })),
    ...(s.addressId && s.addressId !== OTHER
      ? { address_id: s.addressId }
      : {
          shipping_address: Object.fromEntries(
            Object.entries(s.otherAddress)
              .map(([k, v]) => [k, k === "country_code" ? v.trim().toLowerCase() : v.trim()])
              .filter(([, v]) => v !== ""),
          ),
        }),
    ...(s.shipping.trim() ? { shipping_amount: s.shipping.trim() } : {}),
  }
}

/** The check's warnings, and those the last submit added that the check does not list. */
export function allWarnings(check: EntryCheck | null | undefined, extra: EntryWarning[]): EntryWarning[] {
  const warnings = [...(check?.warnings ?? [])]
  for (const w of extra) if (!warnings.some((x) => x.key === w.key)) warnings.push(w)
  return warnings
}

/** What the submit sends besides the entry: the action, the warnings confirmed (of those on show), PO, note, draft. */
export const submitExtras = (s: EntryState, action: "draft" | "quote" | "place", warnings: EntryWarning[]) => {
  const known = new Set(warnings.map((w) => w.key))
  return {
    action,
    confirmed: s.confirmed.filter((k) => known.has(k)),
    ...(s.po.trim() ? { po_number: s.po.trim() } : {}),
    ...(s.note.trim() ? { note: s.note.trim() } : {}),
    ...(s.deliveryDate.trim() ? { requested_delivery_date: s.deliveryDate.trim() } : {}),
    ...(s.draftId ? { draft_order_id: s.draftId } : {}),
  }
}

/** The quantity typed for the waiting product (its usual quantity when left empty), or null when it is not 1 or more. */
export function quantityFor(p: EntryProduct, typed: string): string | null {
  const raw = typed.trim() || (p.usual_quantity ? String(p.usual_quantity) : "")
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? raw : null
}

/** The line under "Add line" once a product is picked: price, stock, usual quantity. */
export const chosenHint = (p: EntryProduct, currency: string) =>
  `${p.title} · ${money(p.unit_price, currency)} · ${p.available_total == null ? "stock not tracked" : `${p.available_total} available`}${p.usual_quantity ? ` · usually ${p.usual_quantity}` : ""}`

/** What the success banner says. */
export function successText(s: EntrySaved) {
  if (s.status === "placed") return `Order #${s.display_id} placed`
  if (s.status === "requires_approval") return `Order #${s.display_id} waits for approval`
  if (s.status === "quote" || s.action === "quote") return "Quote created and sent"
  return `Draft${s.display_id != null ? ` #${s.display_id}` : ""} saved`
}

/** A parse answer's lines as lines of the table (a pasted price is kept and sent). */
export const pastedLines = (lines: any[]): NewLine[] =>
  lines.map((l) => ({
    sku: l.sku,
    variant_id: l.variant_id ?? null,
    title: l.title ?? "",
    quantity: String(l.quantity),
    unit_price: l.unit_price ?? "",
    priced: l.unit_price != null,
  }))
