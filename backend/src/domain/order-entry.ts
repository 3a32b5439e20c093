import { addressKey, type OrderAddress, pickAddress } from "./address"
import { margin } from "./fifo"
import { currencyDecimals, dec, toAmount, tooManyDecimals } from "./money"
import { MAX_QUANTITY } from "./order-lines"
import { type StockShortage, shortageMessage } from "./stock"

/**
 * The guards of staff order entry, as pure functions over facts the entry query gathered
 * (queries/order-entry/check-entry.ts): which problems block saving, which warnings the staff
 * member must confirm, and the preview's prices, costs and margins.
 */

/** A quantity this many times above or below the customer's usual one needs confirming. */
export const UNUSUAL_FACTOR = 5

export type EntryWarning = { key: string; code: string; index?: number; sku?: string; message: string }
export type EntryBlock = { code: string; index?: number; sku?: string; field?: string; message: string }

export type EntryLineInput = { sku?: string; variant_id?: string; quantity: number; unit_price?: string | null }

export type EntryVariant = {
  variant_id: string
  sku: string
  title: string
  allow_backorder: boolean
  manage_inventory: boolean
  inventory_item_id: string | null
}

export type Availability = { locations: { location_id: string; name: string; available: number }[]; total: number }

const PLAIN_AMOUNT = /^\d+(\.\d+)?$/
export const validQuantity = (q: number) => Number.isInteger(q) && q >= 1 && q <= MAX_QUANTITY

/**
 * The shipping address: one on file (by id), or one typed in, which needs the street, city
 * and country, and confirming when it is not on file. Either must lie in the company's price
 * region.
 */
export function checkEntryAddress(
  input: { address_id?: string; shipping_address?: OrderAddress },
  ctx: {
    on_file: (OrderAddress & { id: string })[]
    buyer: { first_name: string | null; last_name: string | null }
    legal_name: string
    currency_code: string
    region_countries: string[]
  },
) {
  const blocks: EntryBlock[] = []
  const warnings: EntryWarning[] = []
  let address: OrderAddress | null = null
  if (input.address_id) {
    address = ctx.on_file.find((a) => a.id === input.address_id) ?? null
    if (!address) {
      blocks.push({
        code: "unknown_address",
        field: "address_id",
        message: "address_id: not an address of this company",
      })
    }
  } else if (input.shipping_address) {
    const typed = pickAddress(input.shipping_address)
    typed.first_name ??= ctx.buyer.first_name
    typed.last_name ??= ctx.buyer.last_name
    typed.company ??= ctx.legal_name
    address = typed
    const missing = (["address_1", "city", "country_code"] as const).filter((f) => !String(typed[f] ?? "").trim())
    if (missing.length) {
      blocks.push({
        code: "invalid_address",
        field: "shipping_address",
        message: `shipping_address.${missing[0]}: required`,
      })
    } else if (!ctx.on_file.some((a) => addressKey(a) === addressKey(typed))) {
      warnings.push({
        key: "new_address",
        code: "new_address",
        message: `The shipping address (${typed.address_1}, ${typed.city}) is not on file for ${ctx.legal_name}: check it with the customer`,
      })
    }
  }
  const country = address?.country_code ? String(address.country_code).toLowerCase() : null
  if (country && !ctx.region_countries.includes(country)) {
    blocks.push({
      code: "address_outside_region",
      field: "shipping_address.country_code",
      message: `The address is in ${country.toUpperCase()}, outside the company's ${ctx.currency_code.toUpperCase()} price region`,
    })
  }
  return { address, blocks, warnings }
}

/** Each line's variant, and what is wrong with a line on its own: unknown SKU, quantity, typed price. */
export function checkEntryLines(
  lines: EntryLineInput[],
  variantOf: (l: EntryLineInput) => EntryVariant | undefined,
  currency: string,
) {
  const blocks: EntryBlock[] = []
  if (!lines.length) blocks.push({ code: "no_lines", field: "lines", message: "lines: add at least one line" })
  const resolved = lines.map((l, index) => {
    const v = variantOf(l)
    if (!v) {
      blocks.push({
        code: "unknown_sku",
        index,
        sku: l.sku,
        field: `lines.${index}.sku`,
        message: `lines.${index}: no product has SKU "${l.sku ?? l.variant_id}"`,
      })
    }
    if (!validQuantity(l.quantity)) {
      blocks.push({
        code: "invalid_quantity",
        index,
        sku: v?.sku ?? l.sku,
        field: `lines.${index}.quantity`,
        message: `lines.${index}.quantity: ${l.quantity} must be a whole number from 1 to ${MAX_QUANTITY}`,
      })
    }
    if (l.unit_price != null && l.unit_price !== "") {
      const field = `lines.${index}.unit_price`
      if (!PLAIN_AMOUNT.test(String(l.unit_price))) {
        blocks.push({
          code: "invalid_price",
          index,
          sku: v?.sku,
          field,
          message: `${field}: "${l.unit_price}" is not a price`,
        })
      } else if (tooManyDecimals(l.unit_price, currency)) {
        blocks.push({
          code: "invalid_price",
          index,
          sku: v?.sku,
          field,
          message: `${field}: ${currency.toUpperCase()} prices have at most ${currencyDecimals(currency)} decimals (got ${l.unit_price})`,
        })
      }
    }
    return { input: l, variant: v }
  })
  return { resolved, blocks }
}

export type EntryFacts = {
  currency_code: string
  resolved: { input: EntryLineInput; variant?: EntryVariant }[]
  prices: Map<string, { contract_price: string | null; list_price: string | null; tax_inclusive: boolean }>
  costs: Map<string, { cost: string | null; unit_cost: string | null }>
  usual: Map<string, number>
  last: Map<string, { unit_price: string; quantity: number; order_display_id: number }>
  stock: (inventoryItemId: string | null) => Availability
  shortages: StockShortage[]
  vat_rate: number | string
  min_margin_percent: number
  shipping_amount?: string
}

/**
 * Prices an entry the way the order will be priced (the typed price, else the contract price;
 * VAT inside or on top as the region says) with its cost and margin per line, and the problems
 * that block it or need confirming: stock short, no price, an unusual quantity, a price below
 * cost or under the minimum margin, a bad freight amount.
 */
export function priceEntry(f: EntryFacts) {
  const currency = f.currency_code
  const blocks: EntryBlock[] = []
  const warnings: EntryWarning[] = []
  for (const s of f.shortages) {
    blocks.push({
      code: "insufficient_stock",
      sku: s.sku,
      index: f.resolved.findIndex((r) => r.variant?.sku === s.sku),
      message: `${shortageMessage([s])}; reduce the quantity or allow backorders for this product`,
    })
  }
  const taxInclusive = [...f.prices.values()][0]?.tax_inclusive ?? currency === "cny"
  const rate = dec(f.vat_rate)
  const netOf = (gross: ReturnType<typeof dec>) => (taxInclusive ? gross.times(100).div(dec(100).plus(rate)) : gross)
  let subtotal = dec(0)
  let net = dec(0)
  let cost = dec(0)
  let costKnown = true
  const lines = f.resolved.map((r, index) => {
    const v = r.variant
    const price = v ? f.prices.get(v.variant_id) : undefined
    if (v && !price) {
      blocks.push({
        code: "no_price",
        index,
        sku: v.sku,
        message: `lines.${index}: SKU ${v.sku} has no ${currency.toUpperCase()} price`,
      })
    }
    const typed =
      r.input.unit_price != null && r.input.unit_price !== "" && PLAIN_AMOUNT.test(String(r.input.unit_price))
    const unitPrice = typed ? dec(r.input.unit_price) : dec(price?.contract_price ?? 0)
    const quantity = validQuantity(r.input.quantity) ? r.input.quantity : 0
    const lineTotal = unitPrice.times(quantity)
    const lineNet = netOf(lineTotal)
    const projected = v ? f.costs.get(v.variant_id) : undefined
    const lineCost = projected?.cost == null ? null : dec(projected.cost)
    subtotal = subtotal.plus(lineTotal)
    net = net.plus(lineNet)
    if (lineCost == null) costKnown = false
    else cost = cost.plus(lineCost)
    const m = lineCost == null ? null : margin(lineNet, lineCost)
    const usual = v ? (f.usual.get(v.variant_id) ?? null) : null
    if (v && usual && quantity && (quantity >= usual * UNUSUAL_FACTOR || quantity * UNUSUAL_FACTOR <= usual)) {
      const factor = quantity > usual ? quantity / usual : usual / quantity
      warnings.push({
        key: `unusual_quantity:${v.sku}`,
        code: "unusual_quantity",
        index,
        sku: v.sku,
        message: `${v.sku}: ${quantity} is ${Math.round(factor * 10) / 10}× ${quantity > usual ? "more" : "less"} than this customer's usual ${usual}`,
      })
    }
    if (v && lineCost != null && quantity) {
      const unitNet = netOf(unitPrice)
      const unitCost = lineCost.div(quantity)
      if (unitNet.lt(unitCost)) {
        warnings.push({
          key: `below_cost:${v.sku}`,
          code: "below_cost",
          index,
          sku: v.sku,
          message: `${v.sku}: unit price ${toAmount(unitNet, currency)} net of VAT is below its cost ${toAmount(unitCost, currency)}`,
        })
      } else if (m?.percent != null && Number(m.percent) < f.min_margin_percent) {
        warnings.push({
          key: `below_min_margin:${v.sku}`,
          code: "below_min_margin",
          index,
          sku: v.sku,
          message: `${v.sku}: margin ${m.percent} % is under the minimum ${f.min_margin_percent} %`,
        })
      }
    }
    const a = v ? f.stock(v.inventory_item_id) : null
    const last = v ? f.last.get(v.variant_id) : undefined
    return {
      index,
      sku: v?.sku ?? r.input.sku ?? null,
      variant_id: v?.variant_id ?? null,
      title: v?.title ?? null,
      quantity: r.input.quantity,
      unit_price: toAmount(unitPrice, currency),
      contract_price: price?.contract_price ?? null,
      list_price: price?.list_price ?? null,
      line_total: toAmount(lineTotal, currency),
      unit_cost: projected?.unit_cost == null ? null : toAmount(projected.unit_cost, currency),
      cost: lineCost == null ? null : toAmount(lineCost, currency),
      margin: m ? toAmount(m.amount, currency) : null,
      margin_percent: m?.percent ?? null,
      available: v?.manage_inventory === false ? null : (a?.total ?? 0),
      locations: a?.locations ?? [],
      allow_backorder: !!v?.allow_backorder,
      usual_quantity: usual,
      last_paid: last
        ? { unit_price: last.unit_price, quantity: last.quantity, order_display_id: last.order_display_id }
        : null,
    }
  })
  const shipping = f.shipping_amount ? dec(f.shipping_amount) : dec(0)
  if (f.shipping_amount && (!PLAIN_AMOUNT.test(f.shipping_amount) || tooManyDecimals(shipping, currency))) {
    blocks.push({ code: "invalid_price", field: "shipping_amount", message: "shipping_amount: not a valid amount" })
  }
  const gross = subtotal.plus(shipping)
  const netAll = netOf(gross)
  const tax = taxInclusive ? gross.minus(netAll) : gross.times(rate).div(100)
  const total = taxInclusive ? gross : gross.plus(tax)
  const m = margin(net, cost)
  return {
    tax_inclusive: taxInclusive,
    lines,
    totals: {
      subtotal: toAmount(subtotal, currency),
      shipping: toAmount(shipping, currency),
      tax: toAmount(tax, currency),
      total: toAmount(total, currency),
      net_revenue: toAmount(net, currency),
      cost: costKnown ? toAmount(cost, currency) : null,
      margin: costKnown ? toAmount(m.amount, currency) : null,
      margin_percent: costKnown ? m.percent : null,
    },
    warnings,
    blocks,
  }
}

export type EntryVerdict =
  | { kind: "ready" }
  | { kind: "blocked"; message: string; blocks: EntryBlock[] }
  | { kind: "unconfirmed"; message: string; warnings: EntryWarning[] }

/**
 * Whether an entry may be saved: nothing blocks it, an order or draft has an address, and the
 * staff member confirmed every warning (by its key).
 */
export function entryVerdict(
  preview: { blocks: EntryBlock[]; warnings: EntryWarning[] },
  opts: { needs_address: boolean; has_address: boolean; confirmed?: string[] },
): EntryVerdict {
  if (preview.blocks.length) {
    return { kind: "blocked", message: preview.blocks.map((b) => b.message).join("; "), blocks: preview.blocks }
  }
  if (opts.needs_address && !opts.has_address) {
    return {
      kind: "blocked",
      message: "address_id: choose an address on file or type a shipping_address",
      blocks: [{ code: "no_address", field: "address_id", message: "address_id: required" }],
    }
  }
  const confirmed = new Set(opts.confirmed ?? [])
  const open = preview.warnings.filter((w) => !confirmed.has(w.key))
  if (open.length) {
    return {
      kind: "unconfirmed",
      message: `Confirm before saving: ${open.map((w) => w.message).join("; ")}`,
      warnings: open,
    }
  }
  return { kind: "ready" }
}
