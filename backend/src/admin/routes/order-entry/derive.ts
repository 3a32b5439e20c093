/** What the order entry screen derives from its state: the entry to check and submit, warnings, texts. Pure. */
import type { EntryBody, EntryCheck, EntryProduct, EntrySaved, EntryWarning } from "../../hooks/order-entry"
import english from "../../i18n/json/areas/entry.en.json"
import { money } from "../../lib/format"
import { type EntryState, type NewLine, OTHER } from "./state"

/** `t` of react-i18next, or `englishT` where there is none (tests). */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** This area's English strings with their {{values}} filled in: the screen's words without i18next. */
export const englishT: Translate = (key, options = {}) => {
  const found = key.split(".").reduce<any>((o, k) => o?.[k], english)
  return String(found ?? key).replace(/\{\{(\w+)\}\}/g, (_, k) => String(options[k] ?? ""))
}

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
export const chosenHint = (p: EntryProduct, currency: string, t: Translate = englishT) =>
  [
    p.title,
    money(p.unit_price, currency),
    p.available_total == null
      ? t("ordo.entry.chosen.untracked")
      : t("ordo.entry.chosen.stock", { count: p.available_total }),
    p.usual_quantity ? t("ordo.entry.chosen.usually", { count: p.usual_quantity }) : null,
  ]
    .filter(Boolean)
    .join(" · ")

/** What the success banner (and its toast) says. */
export function successText(s: EntrySaved, t: Translate = englishT) {
  if (s.status === "placed") return t("ordo.entry.success.placed", { id: s.display_id })
  if (s.status === "requires_approval") return t("ordo.entry.success.waits", { id: s.display_id })
  if (s.status === "quote" || s.action === "quote") return t("ordo.entry.success.quote")
  return s.display_id != null ? t("ordo.entry.success.draftNo", { id: s.display_id }) : t("ordo.entry.success.draft")
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
