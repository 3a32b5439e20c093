/**
 * Staff order entry's state and its one reducer (pure: keys for new entries come in the actions):
 * lines merged as they are added, prices filled in from the check, a saved draft reopened, a blank
 * form after a save. What the screen derives from the state is in derive.ts.
 */
import { ADDRESS_FIELDS } from "../../../domain/address"
import type { EntryCheck, EntryProduct, EntrySaved, EntryWarning, PasteLineError } from "../../hooks/order-entry"

export type Line = {
  key: number
  sku: string
  variant_id: string | null
  title: string
  quantity: string
  unit_price: string
  /** The price was typed (or pasted, or saved in a draft): it is sent; otherwise the contract price applies. */
  priced: boolean
}
export type NewLine = Omit<Line, "key">
export type AddressField = (typeof ADDRESS_FIELDS)[number]
export type AddressForm = Record<AddressField, string>
export const EMPTY_ADDRESS = Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, ""])) as AddressForm
/** The "Ship to" choice for an address typed here rather than one on file. */
export const OTHER = "__other__"

export type EntryState = {
  // Customer: the box as typed, the text last searched, whether the matches are open, a hint under the box.
  customerQ: string
  customerSearch: string
  customerOpen: boolean
  customerHint: string
  /** The picked company's context: company, buyers, addresses, credit, price lists, recent orders, open quotes. */
  ctx: any | null
  buyerId: string
  addressId: string
  otherAddress: AddressForm
  // Lines, and the "Add line" box with its suggestions and the product waiting for a quantity.
  lines: Line[]
  nextKey: number
  addQ: string
  productSearch: string
  suggestOpen: boolean
  pending: EntryProduct | null
  qty: string
  addHint: string
  /** Products picked from the suggestions, by SKU. */
  chosen: Record<string, EntryProduct>
  // Paste box
  pasteText: string
  pasteErrors: PasteLineError[]
  pasteInfo: string
  // Order details, confirmations and the outcome
  shipping: string
  po: string
  note: string
  /** The requested delivery date (YYYY-MM-DD, from the date input), or "". */
  deliveryDate: string
  /** Warnings the last submit answered with (422) on top of the check's. */
  extraWarnings: EntryWarning[]
  confirmed: string[]
  error: string
  success: EntrySaved | null
  /** The saved draft being edited (replaced when saved or placed). */
  draftId: string | null
  /** The idempotency key of the entry being typed. */
  entryKey: string
}

export type EntryAction =
  | { type: "customerTyped"; q: string }
  | { type: "customerSearch"; q: string }
  | { type: "customerDismissed" }
  | { type: "customerHint"; hint: string }
  | { type: "companyLoaded"; ctx: any; customerId?: string }
  | { type: "buyer"; id: string }
  | { type: "address"; id: string }
  | { type: "otherAddress"; patch: Partial<AddressForm> }
  | { type: "addTyped"; q: string }
  | { type: "productSearch"; q: string }
  | { type: "suggestionsDismissed" }
  | { type: "addHint"; hint: string }
  | { type: "productChosen"; product: EntryProduct; hint: string }
  | { type: "qty"; qty: string }
  /** The product waiting for a quantity becomes a line (the quantity already checked). */
  | { type: "pendingAdded"; quantity: string }
  | { type: "lineChanged"; key: number; patch: Partial<Line> }
  | { type: "lineRemoved"; key: number }
  | { type: "pasteText"; text: string }
  | { type: "pasteInfo"; info: string; text?: string }
  | { type: "pasteFailed"; text: string; info: string }
  | { type: "pasted"; lines: NewLine[]; errors: PasteLineError[] }
  | { type: "shipping"; value: string }
  | { type: "po"; value: string }
  | { type: "note"; value: string }
  | { type: "deliveryDate"; value: string }
  | { type: "checked"; check: EntryCheck }
  | { type: "extraWarningsCleared" }
  | { type: "confirm"; key: string; on: boolean }
  | { type: "submitStarted" }
  | { type: "submitError"; error: string; warnings?: EntryWarning[] }
  | { type: "submitted"; saved: EntrySaved; entryKey: string }
  | { type: "draftOpened"; draft: any; entryKey: string }

export const initialEntryState = (entryKey: string): EntryState => ({
  customerQ: "",
  customerSearch: "",
  customerOpen: false,
  customerHint: "",
  ctx: null,
  buyerId: "",
  addressId: "",
  otherAddress: EMPTY_ADDRESS,
  lines: [],
  nextKey: 1,
  addQ: "",
  productSearch: "",
  suggestOpen: false,
  pending: null,
  qty: "",
  addHint: "",
  chosen: {},
  pasteText: "",
  pasteErrors: [],
  pasteInfo: "",
  shipping: "",
  po: "",
  note: "",
  deliveryDate: "",
  extraWarnings: [],
  confirmed: [],
  error: "",
  success: null,
  draftId: null,
  entryKey,
})

/** New lines added: the same variant (or unresolved SKU) adds up, unless it comes with a different price. */
export function appendLines(state: EntryState, incoming: NewLine[]): Pick<EntryState, "lines" | "nextKey"> {
  const lines = [...state.lines]
  let nextKey = state.nextKey
  for (const l of incoming) {
    const same = lines.findIndex(
      (x) => (x.variant_id && x.variant_id === l.variant_id) || (!x.variant_id && !l.variant_id && x.sku === l.sku),
    )
    if (same >= 0 && (!l.priced || lines[same].unit_price === l.unit_price)) {
      const sum = Number(lines[same].quantity) + Number(l.quantity)
      lines[same] = { ...lines[same], quantity: Number.isFinite(sum) ? String(sum) : l.quantity }
    } else lines.push({ ...l, key: nextKey++ })
  }
  return { lines, nextKey }
}

/** The check's line for request line i (by its index, else by position). */
export const checkedLine = (check: EntryCheck | null | undefined, i: number) =>
  check?.lines?.find((c: any) => c.index === i) ?? (check?.lines?.[i]?.index == null ? check?.lines?.[i] : null)

/** The check's line for a line of the table, when it is still about that line. */
export function lineCheck(check: EntryCheck | null | undefined, i: number, l: Line) {
  const c = checkedLine(check, i)
  return c && (c.sku === l.sku || (l.variant_id && c.variant_id === l.variant_id)) ? c : null
}

/** Lines at the contract price show what the server priced them at (and get its variant and title). */
function priceFromCheck(lines: Line[], check: EntryCheck): Line[] {
  return lines.map((l, i) => {
    const c = checkedLine(check, i)
    if (!c || l.priced || (c.sku !== l.sku && c.variant_id !== l.variant_id)) return l
    return {
      ...l,
      unit_price: c.unit_price ?? l.unit_price,
      variant_id: l.variant_id ?? c.variant_id,
      title: l.title || c.title,
    }
  })
}

/** A draft's shipping address: the address on file it matches, else typed in as another address. */
function draftAddress(ctx: any, a: any): Partial<Pick<EntryState, "addressId" | "otherAddress">> {
  if (!a) return {}
  const same = (ctx?.addresses ?? []).find(
    (x: any) => x.address_1 === a.address_1 && x.postal_code === a.postal_code && x.city === a.city && x.id != null,
  )
  if (same) return { addressId: same.id }
  return {
    addressId: OTHER,
    otherAddress: Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, a[k] == null ? "" : String(a[k])])) as AddressForm,
  }
}

/** A blank entry for the next call (the last success stays on show). */
const cleared = (state: EntryState, entryKey: string): EntryState => ({
  ...initialEntryState(entryKey),
  nextKey: state.nextKey,
  chosen: state.chosen,
  customerHint: state.customerHint,
  success: state.success,
})

export function entryReducer(state: EntryState, action: EntryAction): EntryState {
  switch (action.type) {
    case "customerTyped":
      return { ...state, customerQ: action.q, customerHint: "" }
    case "customerSearch":
      return { ...state, customerSearch: action.q, customerOpen: true }
    case "customerDismissed":
      return { ...state, customerOpen: false }
    case "customerHint":
      return { ...state, customerHint: action.hint }
    case "companyLoaded": {
      const c = action.ctx
      return {
        ...state,
        ctx: c,
        customerQ: c.company.legal_name,
        customerSearch: "",
        customerOpen: false,
        buyerId: action.customerId ?? c.buyers[0]?.customer_id ?? "",
        addressId: c.addresses[0]?.id ?? OTHER,
        otherAddress: { ...EMPTY_ADDRESS, company: c.company.legal_name },
      }
    }
    case "buyer":
      return { ...state, buyerId: action.id }
    case "address":
      return { ...state, addressId: action.id }
    case "otherAddress":
      return { ...state, otherAddress: { ...state.otherAddress, ...action.patch } }
    case "addTyped":
      return { ...state, addQ: action.q, pending: null, addHint: "" }
    case "productSearch":
      return { ...state, productSearch: action.q, suggestOpen: true }
    case "suggestionsDismissed":
      return { ...state, suggestOpen: false }
    case "addHint":
      return { ...state, addHint: action.hint }
    case "productChosen": {
      const p = action.product
      return {
        ...state,
        pending: p,
        chosen: { ...state.chosen, [p.sku]: p },
        addQ: p.sku,
        productSearch: "",
        suggestOpen: false,
        addHint: action.hint,
      }
    }
    case "qty":
      return { ...state, qty: action.qty }
    case "pendingAdded": {
      const p = state.pending
      if (!p) return state
      const line = {
        sku: p.sku,
        variant_id: p.variant_id,
        title: p.title,
        quantity: action.quantity,
        unit_price: p.unit_price ?? "",
        priced: false,
      }
      return { ...state, ...appendLines(state, [line]), pending: null, addQ: "", qty: "", addHint: "" }
    }
    case "lineChanged":
      return { ...state, lines: state.lines.map((l) => (l.key === action.key ? { ...l, ...action.patch } : l)) }
    case "lineRemoved":
      return { ...state, lines: state.lines.filter((l) => l.key !== action.key) }
    case "pasteText":
      return { ...state, pasteText: action.text }
    case "pasteInfo":
      return { ...state, pasteText: action.text ?? state.pasteText, pasteInfo: action.info }
    case "pasteFailed":
      return { ...state, pasteErrors: [], pasteText: action.text, pasteInfo: action.info }
    case "pasted": {
      const { errors } = action
      return {
        ...state,
        ...appendLines(state, action.lines),
        pasteErrors: errors,
        pasteText: errors.map((e) => e.raw).join("\n"),
        pasteInfo: `${action.lines.length} line(s) added${errors.length ? `; ${errors.length} could not be read and are left in the box` : ""}.`,
      }
    }
    case "shipping":
      return { ...state, shipping: action.value }
    case "po":
      return { ...state, po: action.value }
    case "note":
      return { ...state, note: action.value }
    case "deliveryDate":
      return { ...state, deliveryDate: action.value }
    case "checked":
      return { ...state, lines: priceFromCheck(state.lines, action.check) }
    case "extraWarningsCleared":
      return state.extraWarnings.length ? { ...state, extraWarnings: [] } : state
    case "confirm":
      return {
        ...state,
        confirmed: action.on ? [...state.confirmed, action.key] : state.confirmed.filter((k) => k !== action.key),
      }
    case "submitStarted":
      return { ...state, error: "", success: null }
    case "submitError":
      return { ...state, error: action.error, ...(action.warnings ? { extraWarnings: action.warnings } : {}) }
    case "submitted":
      // The banner repeats what was asked for the order: its delivery date and note.
      return cleared(
        {
          ...state,
          success: {
            ...action.saved,
            requested_delivery_date: state.deliveryDate.trim() || undefined,
            note: state.note.trim() || undefined,
          },
        },
        action.entryKey,
      )
    case "draftOpened": {
      const d = action.draft
      const lines = (d.lines ?? []).map((l: any, i: number) => ({
        key: state.nextKey + i,
        sku: l.sku,
        variant_id: l.variant_id ?? null,
        title: "",
        quantity: String(l.quantity),
        unit_price: l.unit_price ?? "",
        priced: l.unit_price != null,
      }))
      return {
        ...state,
        draftId: d.order_id,
        entryKey: action.entryKey,
        po: d.po_number ?? "",
        note: d.note ?? "",
        deliveryDate: d.requested_delivery_date ?? "",
        lines,
        nextKey: state.nextKey + lines.length,
        ...draftAddress(state.ctx, d.shipping_address),
      }
    }
  }
}
