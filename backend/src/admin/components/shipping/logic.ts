/**
 * The order shipping widget's rules, without React: which items a form ships, the parcel it sends,
 * which field a server error belongs to, how a carrier is named, the colours of the states.
 */
import type {
  Parcel,
  PaymentState,
  ShipmentStatus,
  ShippingState,
  TrackingEvent,
  UnshippedItem,
} from "../../hooks/shipping"

type Colour = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const STATUS_COLOUR: Record<ShipmentStatus, Colour> = {
  PRE_TRANSIT: "grey",
  TRANSIT: "blue",
  DELIVERED: "green",
  RETURNED: "orange",
  FAILURE: "red",
  UNKNOWN: "grey",
}

export const SHIPPING_STATE_COLOUR: Record<ShippingState, Colour> = {
  not_shipped: "grey",
  partly_shipped: "orange",
  shipped: "blue",
  partly_delivered: "blue",
  delivered: "green",
}

export const PAYMENT_STATE_COLOUR: Record<PaymentState, Colour> = {
  not_invoiced: "grey",
  unpaid: "orange",
  partly_paid: "orange",
  paid: "green",
  overdue: "red",
}

/** The dashboard's language is Chinese ("zhCN", "zh-CN", "zh"). */
export const isChinese = (lang: string | undefined) => (lang ?? "").toLowerCase().startsWith("zh")

/** Other spellings of the carriers the admin names in Chinese, as a backend or Shippo may write them. */
const CARRIER_ALIASES: Record<string, string> = {
  sf: "sf_express",
  sfexpress: "sf_express",
  shunfeng: "sf_express",
  zto_express: "zto",
  yto_express: "yto",
  sto_express: "sto",
  yunda_express: "yunda",
  jd_logistics: "jd",
  jdl: "jd",
  jd_express: "jd",
  china_ems: "ems",
  chinapost: "china_post",
  dhl: "dhl_express",
}

/** The i18n key of a carrier code: "SF-Express" → "sf_express". */
export function carrierKey(code: string) {
  const k = code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
  return CARRIER_ALIASES[k] ?? k
}

const HAS_CJK = /[\u3400-\u9fff]/

/**
 * A carrier as staff read it: the backend's name, or in the Chinese admin the Chinese name the
 * admin knows for that code (a name already in Chinese is kept; an unknown carrier keeps its name).
 */
export function carrierLabel(
  t: (key: string, opts: { defaultValue: string }) => string,
  chinese: boolean,
  code: string,
  name: string | null | undefined,
) {
  const shown = name || code
  if (!chinese || HAS_CJK.test(shown) || !carrierKey(code)) return shown
  return t(`ordo.shipping.carriers.${carrierKey(code)}`, { defaultValue: shown })
}

/** Events newest first (the API sends them so; an equal time keeps the API's order). */
export const newestFirst = (events: TrackingEvent[]) =>
  events
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => Date.parse(b.occurred_at) - Date.parse(a.occurred_at) || i - j)
    .map(([e]) => e)

/** Per unshipped item: ticked or not, and the quantity as typed. */
export type Selection = Record<string, { checked: boolean; quantity: string }>

/** Everything left to ship, ticked, at its full quantity. */
export const fullSelection = (unshipped: UnshippedItem[]): Selection =>
  Object.fromEntries(unshipped.map((i) => [i.id, { checked: true, quantity: String(i.quantity) }]))

export type ItemsProblem = { kind: "none" } | { kind: "quantity"; id: string; max: number }

/** The `items` a form sends: the ticked items at whole quantities from 1 to what is left; or what is wrong. */
export function selectedItems(
  unshipped: UnshippedItem[],
  selection: Selection,
): { items: { id: string; quantity: number }[] } | { problem: ItemsProblem } {
  const items: { id: string; quantity: number }[] = []
  for (const item of unshipped) {
    const s = selection[item.id] ?? { checked: true, quantity: String(item.quantity) }
    if (!s.checked) continue
    const quantity = Number(s.quantity.trim())
    if (!s.quantity.trim() || !Number.isInteger(quantity) || quantity < 1 || quantity > item.quantity)
      return { problem: { kind: "quantity", id: item.id, max: item.quantity } }
    items.push({ id: item.id, quantity })
  }
  return items.length ? { items } : { problem: { kind: "none" } }
}

export const PARCEL_FIELDS = ["weight_kg", "length_cm", "width_cm", "height_cm"] as const
export type ParcelField = (typeof PARCEL_FIELDS)[number]
export type ParcelForm = Record<ParcelField, string>

/** 1 kg, 30 × 20 × 10 cm. */
export const DEFAULT_PARCEL: ParcelForm = { weight_kg: "1", length_cm: "30", width_cm: "20", height_cm: "10" }

/** The parcel as sent, or the fields that are not a number above 0. */
export function parcelOf(form: ParcelForm): { parcel: Parcel } | { invalid: ParcelField[] } {
  const invalid = PARCEL_FIELDS.filter((k) => {
    const n = Number(form[k].trim().replace(",", "."))
    return !form[k].trim() || !Number.isFinite(n) || n <= 0
  })
  if (invalid.length) return { invalid }
  const n = (k: ParcelField) => Number(form[k].trim().replace(",", "."))
  return {
    parcel: {
      weight_kg: n("weight_kg"),
      length_cm: n("length_cm"),
      width_cm: n("width_cm"),
      height_cm: n("height_cm"),
    },
  }
}

/**
 * The form field a server error belongs to: its `field`, or else a message starting "field: …"
 * (how Ordo's validators name it, after Medusa's "Invalid request: "). "items.0.quantity" belongs to
 * "items", "parcel.weight_kg" to "weight_kg". Undefined: the error is shown under the form.
 */
export function errorField<F extends string>(
  error: { field?: string; message?: string } | null | undefined,
  fields: readonly F[],
): F | undefined {
  if (!error) return undefined
  const named =
    error.field ??
    /^(?:Invalid request:\s*)?([a-z_]+(?:[.[][\w\]]*)*)\s*:/i.exec(String(error.message ?? ""))?.[1] ??
    undefined
  if (!named) return undefined
  const parts = named.replace(/\[(\w+)\]/g, ".$1").split(".")
  const last = parts[parts.length - 1]
  return (
    fields.find((f) => f === named) ??
    fields.find((f) => f === parts[0]) ??
    fields.find((f) => parts[0] === "parcel" && f === last)
  )
}
