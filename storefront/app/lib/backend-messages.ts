import { type Lang, translate } from "../i18n"

/**
 * The backend answers refusals in English, naming the field ("po_number: enter your …",
 * "SKU M12-NUT: 20 requested, only 5 available"). Buyers read them in their own language: each
 * known message shape maps to a translated sentence with the same figures; a "field: text"
 * message names the field in words; anything else is shown as sent (it is already written for
 * people, never a code or a setting's name).
 */
type Rule = { re: RegExp; key: string; nested?: string }

const RULES: Rule[] = [
  {
    re: /^New approvals are needed before this order can be placed: (?<reasons>.+)$/s,
    key: "msg.approvalsNeeded",
    nested: "reasons",
  },
  {
    re: /^Cannot approve yet, stock is short: (?<shortages>.+?)\. Nothing was recorded\.$/s,
    key: "msg.approveShort",
    nested: "shortages",
  },
  { re: /^SKU (?<sku>\S+): (?<requested>\d+) requested, only (?<available>\d+) available$/, key: "msg.shortOnly" },
  {
    re: /^SKU (?<sku>\S+): (?<requested>\d+) requested, at most (?<available>\d+) can ship from one warehouse \((?<inStock>\d+) in stock in all\)$/,
    key: "msg.shortWarehouse",
  },
  {
    re: /^(?<sku>[^\s:]+): only (?<available>\d+) available(?: \((?<inCart>\d+) already in your cart\))?$/,
    key: "msg.lineShort",
  },
  {
    re: /^Order total (?<total>.+) is above the buyer's spending limit of (?<limit>.+)$/,
    key: "msg.spendingLimit",
  },
  { re: /^Order total (?<total>.+) is above (?<limit>.+)$/, key: "msg.orderAbove" },
  { re: /^Discount above (?<percent>[\d.]+)% on (?<skus>.+)$/, key: "msg.discountAbove" },
  {
    re: /^Credit exposure after this order (?<after>.+) is above the limit of (?<limit>.+)$/,
    key: "msg.creditAbove",
  },
  { re: /^po_number: enter your purchase-order number$/, key: "msg.poRequired" },
  { re: /^po_number: at most (?<max>\d+) characters$/, key: "msg.poTooLong" },
  { re: /^po_number: letters, digits, spaces and \. _ \/ # - only$/, key: "msg.poChars" },
  { re: /^address_id: choose a delivery address$/, key: "msg.addressRequired" },
  { re: /^address_id: this address is not in your address book$/, key: "msg.addressUnknown" },
  { re: /^requested_delivery_date: must be today or later/, key: "msg.deliveryPast" },
  { re: /^Your cart is empty: add products before checking out$/, key: "msg.cartEmpty" },
  { re: /^No freight option delivers to (?<country>[A-Z]{2})$/, key: "msg.noFreight" },
  { re: /^This quote expired on (?<day>.+)$/, key: "msg.quoteExpired" },
  { re: /^This quote was already accepted and ordered as order #(?<order>\S+)$/, key: "msg.quoteOrdered" },
  { re: /^A quote that is (?<status>\w+) cannot be ordered$/, key: "msg.quoteNotOrderable" },
  { re: /^Unknown SKU "(?<sku>[^"]*)"$/, key: "msg.unknownSku" },
  { re: /^SKU is missing$/, key: "msg.skuMissing" },
  { re: /^Quantity is missing: expected (?<expected>.+)$/, key: "msg.quantityMissing" },
  { re: /^Quantity "(?<qty>[^"]*)" must be a whole number from 1 to (?<max>\d+)$/, key: "msg.quantityInvalid" },
  { re: /^At most (?<max>\d+) lines can be ordered at once$/, key: "msg.tooManyLines" },
  { re: /^Unexpected extra text: expected (?<expected>.+)$/, key: "msg.extraText" },
]

/** Field names the backend puts before a colon, in words. */
const FIELDS: Record<string, string> = {
  po_number: "field.po_number",
  address_id: "field.address_id",
  spending_limit: "field.spending_limit",
  quantity: "field.quantity",
  lines: "field.lines",
  email: "field.email",
  password: "field.password",
  reason: "field.reason",
  body: "field.body",
  cart_id: "field.cart",
  requested_delivery_date: "field.requested_delivery_date",
  note: "field.note",
  amount: "field.amount",
}

export function translateBackendMessage(message: string, lang: Lang): string {
  // Medusa words a refused request body "Invalid request: a; b": each part is one field's problem.
  const invalid = /^Invalid request: (?<rest>.+)$/s.exec(message.trim())
  if (invalid?.groups?.rest) {
    return invalid.groups.rest
      .split("; ")
      .map((part) => translateBackendMessage(part, lang))
      .join(lang === "zh-CN" ? "；" : "; ")
  }
  const text = message.trim()
  for (const rule of RULES) {
    const m = rule.re.exec(text)
    if (!m) continue
    const vars: Record<string, string> = {}
    for (const [k, v] of Object.entries(m.groups ?? {})) vars[k] = v ?? ""
    if (rule.nested) {
      vars[rule.nested] = (vars[rule.nested] ?? "")
        .split("; ")
        .map((part) => translateBackendMessage(part, lang))
        .join(lang === "zh-CN" ? "；" : "; ")
    }
    if (rule.key === "msg.lineShort" && vars.inCart) return translate(lang, "msg.lineShortInCart", vars)
    return translate(lang, rule.key, vars)
  }
  const field = /^(?<field>[a-z_]+)(?:\.\d+\.(?<sub>[a-z_]+))?: (?<rest>.+)$/s.exec(text)
  const g = field?.groups ?? {}
  const name = FIELDS[g.sub ?? ""] ?? FIELDS[g.field ?? ""]
  if (name && g.rest) return `${translate(lang, name)}${lang === "zh-CN" ? "：" : ": "}${g.rest}`
  return text
}
