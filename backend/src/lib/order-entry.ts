import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createOrderWorkflow,
  createSalesChannelsWorkflow,
  deleteDraftOrdersWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import Fuse from "fuse.js"
import { conflict } from "../domain/errors"
import { margin } from "../domain/fifo"
import { requestHash } from "../domain/idempotency"
import { currencyDecimals, dec, toAmount, tooManyDecimals } from "../domain/money"
import { personName } from "../domain/names"
import { MAX_ENTRY_LINES, MAX_QUANTITY, parseEntryLines } from "../domain/order-lines"
import { membershipOf } from "../queries/company/membership"
import { purchaseHistory } from "../queries/order/purchase-history"
import { vatRate } from "../queries/order/vat-rate"
import { creditAccountFor } from "../queries/receivables/credit-account"
import { creditExposure } from "../queries/receivables/exposure"
import { placeOrderWorkflow } from "../workflows/order/place-order"
import { ADDRESS_FIELDS } from "../workflows/order/types"
import { findStockShortages, shortageMessage } from "./buyer"
import { projectedCosts } from "./costing"
import { catalogPrices, companyForQuoting, createQuote, listQuotes, sendQuote } from "./quotes"
import {
  type Actor,
  inventoryLevels,
  type StockVariant,
  searchVariants,
  variantsById,
  variantsBySku,
} from "./stock-control"
import { withLock } from "./stock-lock"

export const STAFF_CHANNEL_NAME = "Staff entry"
/** A quantity this many times above or below the customer's usual one needs confirming. */
export const UNUSUAL_FACTOR = 5
export const minMarginPercent = () => Number(process.env.ORDO_MIN_MARGIN_PERCENT ?? 10)

/**
 * The "Staff entry" sales channel every staff-entered order belongs to, created on first use
 * and stocked from the same locations as the store's default channel.
 */
export async function staffSalesChannelId(container: MedusaContainer): Promise<string> {
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const find = async () => (await channels.listSalesChannels({ name: STAFF_CHANNEL_NAME }))[0]?.id
  const existing = await find()
  if (existing) return existing
  return withLock(container, "staff-channel", async () => {
    const again = await find()
    if (again) return again
    const {
      result: [channel],
    } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: STAFF_CHANNEL_NAME, description: "Orders typed in by sales staff" }] },
    })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [store] = await container.resolve(Modules.STORE).listStores()
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: store.default_sales_channel_id as string },
    })
    for (const l of (data[0]?.stock_locations ?? []).filter(Boolean) as any[]) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: l.id, add: [channel.id] } })
    }
    return channel.id
  })
}

// ---------------------------------------------------------------------------------------------
// Customer search

type SearchRecord = {
  company_id: string
  matched_on: "legal_name" | "alias" | "tax_id" | "buyer" | "phone" | "email"
  text: string
  buyer?: { customer_id: string; name: string }
}

const digits = (s: string) => s.replace(/\D/g, "")

/**
 * Typo-tolerant customer search over company names, aliases, tax ids and the buyers' names,
 * e-mails and phones (Fuse.js, Bitap fuzzy matching). Phone numbers and tax ids also match by
 * their digits, so "5555 0101" finds "+86 21 5555 0101".
 */
export async function searchCustomers(container: MedusaContainer, q: string) {
  const term = q.trim()
  if (term.length < 2) throw new MedusaError(MedusaError.Types.INVALID_DATA, "q: type at least 2 characters")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies } = await query.graph({
    entity: "company",
    fields: ["id", "legal_name", "aliases", "tax_id", "currency_code", "buyers.customer_id", "addresses.phone"],
    pagination: { skip: 0, take: 10_000 },
  })
  const customerIds = companies.flatMap((c: any) => (c.buyers ?? []).map((b: any) => b?.customer_id)).filter(Boolean)
  const customers = customerIds.length
    ? await container
        .resolve(Modules.CUSTOMER)
        .listCustomers(
          { id: customerIds },
          { select: ["id", "first_name", "last_name", "email", "phone"], take: null as any },
        )
    : []
  const byCustomer = new Map(customers.map((c: any) => [c.id, c]))
  const records: SearchRecord[] = []
  for (const c of companies as any[]) {
    records.push({ company_id: c.id, matched_on: "legal_name", text: c.legal_name })
    for (const a of c.aliases ?? []) records.push({ company_id: c.id, matched_on: "alias", text: String(a) })
    if (c.tax_id) records.push({ company_id: c.id, matched_on: "tax_id", text: c.tax_id })
    for (const a of c.addresses ?? [])
      if (a?.phone) records.push({ company_id: c.id, matched_on: "phone", text: a.phone })
    for (const b of c.buyers ?? []) {
      const cust: any = byCustomer.get(b?.customer_id)
      if (!cust) continue
      const buyer = { customer_id: cust.id, name: personName(cust) as string }
      const name = [cust.first_name, cust.last_name].filter(Boolean).join(" ")
      if (name) records.push({ company_id: c.id, matched_on: "buyer", text: name, buyer })
      records.push({ company_id: c.id, matched_on: "email", text: cust.email, buyer })
      if (cust.phone) records.push({ company_id: c.id, matched_on: "phone", text: cust.phone, buyer })
    }
  }
  const hits: { record: SearchRecord; score: number }[] = []
  const wantedDigits = digits(term)
  if (wantedDigits.length >= 4 && wantedDigits.length >= term.replace(/[\s+\-()]/g, "").length - 2) {
    for (const r of records) {
      if ((r.matched_on === "phone" || r.matched_on === "tax_id") && digits(r.text).includes(wantedDigits)) {
        hits.push({ record: r, score: 0 })
      }
    }
  }
  const fuse = new Fuse(records, { keys: ["text"], includeScore: true, threshold: 0.4, ignoreLocation: true })
  for (const r of fuse.search(term, { limit: 50 })) hits.push({ record: r.item, score: r.score ?? 1 })
  const best = new Map<string, { record: SearchRecord; score: number }>()
  for (const h of hits) {
    const seen = best.get(h.record.company_id)
    if (!seen || h.score < seen.score) best.set(h.record.company_id, h)
  }
  const companyById = new Map((companies as any[]).map((c) => [c.id, c]))
  return [...best.values()]
    .sort((a, b) => a.score - b.score)
    .slice(0, 10)
    .map(({ record, score }) => {
      const c = companyById.get(record.company_id)
      return {
        company_id: c.id,
        legal_name: c.legal_name,
        aliases: c.aliases ?? [],
        tax_id: c.tax_id ?? null,
        currency_code: c.currency_code,
        matched_on: record.matched_on,
        matched_text: record.text,
        score: Number(score.toFixed(3)),
        buyer: record.buyer ?? null,
      }
    })
}

// ---------------------------------------------------------------------------------------------
// What the screen fills in by itself

/** The contract price lists of a company's customer group. */
export async function companyPriceLists(container: MedusaContainer, groupId: string | undefined) {
  if (!groupId) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "price_list",
    fields: ["id", "title", "status", "price_list_rules.attribute", "price_list_rules.value"],
  })
  return (data as any[])
    .filter((p) =>
      (p.price_list_rules ?? []).some(
        (r: any) => r?.attribute === "customer.groups.id" && ([] as string[]).concat(r.value ?? []).includes(groupId),
      ),
    )
    .map((p) => ({ id: p.id as string, title: p.title as string, status: p.status as string }))
}

async function companyBuyers(container: MedusaContainer, companyId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "company_buyer",
    fields: ["customer_id", "role"],
    filters: { company: { id: companyId } } as any,
  })
  const ids = members.map((m: any) => m.customer_id)
  if (!ids.length) return []
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name", "email", "phone", "addresses.*"],
    filters: { id: ids },
  })
  const role = new Map(members.map((m: any) => [m.customer_id, m.role]))
  return (customers as any[]).map((c) => ({
    customer_id: c.id as string,
    name: personName(c) as string,
    first_name: c.first_name as string | null,
    last_name: c.last_name as string | null,
    email: c.email as string,
    phone: (c.phone ?? null) as string | null,
    role: role.get(c.id) as string,
    addresses: (c.addresses ?? []).filter(Boolean) as any[],
  }))
}

export type Address = Partial<Record<(typeof ADDRESS_FIELDS)[number], string | null>>

const pick = (a: any): Address => Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, a?.[f] ?? null]))

/** Addresses on file: the company's address book and its buyers' own, with ids, de-duplicated. */
async function addressesOnFile(container: MedusaContainer, companyId: string, legalName: string, buyers: any[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rows } = await query.graph({
    entity: "company_address",
    fields: ["*"],
    filters: { company: { id: companyId } } as any,
  })
  const contact = buyers[0]
  const out: (Address & { id: string; label: string | null })[] = []
  for (const b of buyers)
    for (const a of b.addresses)
      out.push({ id: a.id, label: a.address_name ?? null, ...pick(a), company: a.company ?? legalName })
  for (const a of rows as any[]) {
    out.push({
      id: a.id,
      label: a.label,
      ...pick(a),
      first_name: contact?.first_name ?? null,
      last_name: contact?.last_name ?? null,
      company: legalName,
    })
  }
  const seen = new Set<string>()
  return out.filter((a) => {
    const key = addressKey(a)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Street, city, postcode and country, compared without case, spaces or punctuation. */
export const addressKey = (a: Address) =>
  [a.address_1, a.city, a.postal_code, a.country_code]
    .map((x) =>
      String(x ?? "")
        .toLowerCase()
        .replace(/[\s.,#-]/g, ""),
    )
    .join("|")

export async function customerContext(container: MedusaContainer, companyId: string) {
  const company = await companyForQuoting(container, companyId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [full],
  } = await query.graph({ entity: "company", fields: ["id", "aliases", "tax_id"], filters: { id: companyId } })
  const buyers = await companyBuyers(container, companyId)
  const [addresses, account, exposure, priceLists, history, quotes] = await Promise.all([
    addressesOnFile(container, companyId, company.legal_name, buyers),
    creditAccountFor(container, companyId),
    creditExposure(container, companyId),
    companyPriceLists(container, company.group_id),
    purchaseHistory(
      container,
      buyers.map((b) => b.customer_id),
    ),
    listQuotes(container, { company_id: companyId, status: ["draft", "sent"] }, 20),
  ])
  const limit = account.credit_limit == null ? null : toAmount(account.credit_limit, company.currency_code)
  return {
    company: {
      id: company.id,
      legal_name: company.legal_name,
      aliases: (full as any)?.aliases ?? [],
      tax_id: (full as any)?.tax_id ?? null,
      currency_code: company.currency_code,
      locale: company.locale,
    },
    buyers: buyers.map(({ addresses: _a, first_name: _f, last_name: _l, ...b }) => b),
    addresses,
    credit: {
      terms: account.terms,
      net_days: account.net_days,
      deposit_percent: account.deposit_percent == null ? null : String(account.deposit_percent),
      credit_limit: limit,
      on_hold: !!account.on_hold,
      exposure: exposure.exposure,
      available: limit == null ? null : toAmount(dec(limit).minus(dec(exposure.exposure)), company.currency_code),
    },
    price_lists: priceLists,
    recent_orders: history.orders.slice(0, 10).map((o) => ({
      id: o.id,
      display_id: o.display_id,
      created_at: o.created_at,
      status: o.status,
      total: toAmount(o.total, o.currency_code),
      currency_code: o.currency_code,
      channel: o.sales_channel?.name ?? null,
    })),
    open_quotes: quotes.map((q: any) => ({
      id: q.id,
      display_id: q.display_id,
      status: q.status,
      total: q.total == null ? null : String(q.total),
      currency_code: q.currency_code,
      valid_until: q.valid_until ?? null,
      created_at: q.created_at,
    })),
    last_prices: [...history.last.values()],
    min_margin_percent: minMarginPercent(),
  }
}

// ---------------------------------------------------------------------------------------------
// Products with the customer's price and live stock

async function channelLocations(container: MedusaContainer, channelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id", "stock_locations.name"],
    filters: { id: channelId },
  })
  return ((data[0]?.stock_locations ?? []).filter(Boolean) as any[]).map((l) => ({
    id: l.id as string,
    name: l.name as string,
  }))
}

/** Available units per location of the staff channel, per inventory item. */
async function availability(container: MedusaContainer, channelId: string, inventoryItemIds: string[]) {
  const [locations, levels] = await Promise.all([
    channelLocations(container, channelId),
    inventoryLevels(container, inventoryItemIds),
  ])
  return (inventoryItemId: string | null) => {
    const perLocation = locations.map((l) => ({
      location_id: l.id,
      name: l.name,
      available: Math.max(
        0,
        levels.find((x) => x.inventory_item_id === inventoryItemId && x.location_id === l.id)?.available ?? 0,
      ),
    }))
    return { locations: perLocation, total: perLocation.reduce((a, l) => a + l.available, 0) }
  }
}

export async function entryProducts(container: MedusaContainer, companyId: string, q: string) {
  const term = q.trim()
  if (!term) throw new MedusaError(MedusaError.Types.INVALID_DATA, "q: type a SKU or a product name")
  const company = await companyForQuoting(container, companyId)
  const variants = await searchVariants(container, term, 20)
  const channelId = await staffSalesChannelId(container)
  const buyers = await companyBuyers(container, companyId)
  const [prices, stock, history, costs] = await Promise.all([
    catalogPrices(
      container,
      company,
      variants.map((v) => v.variant_id),
    ),
    availability(container, channelId, variants.map((v) => v.inventory_item_id).filter(Boolean) as string[]),
    purchaseHistory(
      container,
      buyers.map((b) => b.customer_id),
    ),
    projectedCosts(
      container,
      variants.map((v) => ({ variant_id: v.variant_id, quantity: 1 })),
      company.currency_code,
    ),
  ])
  return variants
    .filter((v) => prices.has(v.variant_id))
    .map((v) => {
      const p = prices.get(v.variant_id) as any
      const a = stock(v.inventory_item_id)
      const last = history.last.get(v.variant_id)
      return {
        variant_id: v.variant_id,
        sku: v.sku,
        title: v.title,
        unit_price: p.contract_price,
        list_price: p.list_price,
        tax_inclusive: p.tax_inclusive,
        allow_backorder: v.allow_backorder,
        manage_inventory: v.manage_inventory,
        available_total: v.manage_inventory ? a.total : null,
        locations: v.manage_inventory ? a.locations : [],
        unit_cost:
          costs.get(v.variant_id)?.unit_cost == null
            ? null
            : toAmount(costs.get(v.variant_id)?.unit_cost, company.currency_code),
        last_paid: last
          ? { unit_price: last.unit_price, quantity: last.quantity, order_display_id: last.order_display_id }
          : null,
        usual_quantity: history.usual.get(v.variant_id) ?? null,
      }
    })
}

/** Pasted text → lines with their variants; unknown SKUs join the per-line errors. */
export async function parsePaste(container: MedusaContainer, companyId: string, text: string) {
  const company = await companyForQuoting(container, companyId)
  const currency = company.currency_code as string
  const parsed = parseEntryLines(text)
  if (parsed.too_many) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `text: ${parsed.too_many} lines pasted; at most ${MAX_ENTRY_LINES} lines can be entered at once. Nothing was read — split the order.`,
    )
  }
  const variants = await variantsBySku(
    container,
    parsed.lines.map((l) => l.sku),
  )
  const errors = [...parsed.errors]
  const lines = parsed.lines.flatMap((l) => {
    const v = variants.get(l.sku)
    if (!v) {
      errors.push({ line: l.line, raw: l.raw, sku: l.sku, code: "unknown_sku", error: `No product has SKU "${l.sku}"` })
      return []
    }
    if (l.unit_price != null && tooManyDecimals(l.unit_price, currency)) {
      errors.push({
        line: l.line,
        raw: l.raw,
        sku: l.sku,
        code: "invalid_price",
        error: `Price ${l.unit_price}: ${currency.toUpperCase()} prices have at most ${currencyDecimals(currency)} decimals`,
      })
      return []
    }
    return [{ ...l, sku: v.sku, variant_id: v.variant_id, title: v.title }]
  })
  errors.sort((a, b) => a.line - b.line)
  return { lines, errors }
}

// ---------------------------------------------------------------------------------------------
// Check: price, cost, margin, guards

export type EntryInput = {
  company_id: string
  customer_id: string
  lines: { sku?: string; variant_id?: string; quantity: number; unit_price?: string | null }[]
  address_id?: string
  shipping_address?: Address
  shipping_amount?: string
}

/** An entry line whose SKU matched a variant. */
const isKnown = <L>(r: { input: L; variant?: StockVariant }): r is { input: L; variant: StockVariant } => !!r.variant

type Warning = { key: string; code: string; index?: number; sku?: string; message: string }
type Block = { code: string; index?: number; sku?: string; field?: string; message: string }

/**
 * Prices an entry the way the order will be priced (contract price unless the staff member
 * typed one; VAT inside or on top as the region says) and runs the entry guards. Saves nothing.
 */
export async function checkEntry(container: MedusaContainer, input: EntryInput) {
  const company = await companyForQuoting(container, input.company_id)
  const currency = company.currency_code as string
  const buyers = await companyBuyers(container, company.id)
  const buyer = buyers.find((b) => b.customer_id === input.customer_id)
  if (!buyer) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_id: not a buyer of ${company.legal_name}`)
  }
  const blocks: Block[] = []
  const warnings: Warning[] = []
  if (!input.lines.length) blocks.push({ code: "no_lines", field: "lines", message: "lines: add at least one line" })
  if (input.lines.length > MAX_ENTRY_LINES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: at most ${MAX_ENTRY_LINES} lines per order`)
  }

  // Address: one on file, or a new one typed in (which needs confirming).
  const onFile = await addressesOnFile(container, company.id, company.legal_name, buyers)
  let address: Address | null = null
  if (input.address_id) {
    address = onFile.find((a) => a.id === input.address_id) ?? null
    if (!address) {
      blocks.push({
        code: "unknown_address",
        field: "address_id",
        message: "address_id: not an address of this company",
      })
    }
  } else if (input.shipping_address) {
    address = { ...pick(input.shipping_address) }
    address.first_name ??= buyer.first_name
    address.last_name ??= buyer.last_name
    address.company ??= company.legal_name
    const missing = (["address_1", "city", "country_code"] as const).filter((f) => !String(address?.[f] ?? "").trim())
    if (missing.length) {
      blocks.push({
        code: "invalid_address",
        field: "shipping_address",
        message: `shipping_address.${missing[0]}: required`,
      })
    } else if (!onFile.some((a) => addressKey(a) === addressKey(address as Address))) {
      warnings.push({
        key: "new_address",
        code: "new_address",
        message: `The shipping address (${address.address_1}, ${address.city}) is not on file for ${company.legal_name}: check it with the customer`,
      })
    }
  }
  let countries: string[] = []
  if (address?.country_code) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "region",
      fields: ["countries.iso_2"],
      filters: { id: company.region_id },
    })
    countries = ((data[0] as any)?.countries ?? []).map((c: any) => String(c?.iso_2).toLowerCase())
    if (!countries.includes(String(address.country_code).toLowerCase())) {
      blocks.push({
        code: "address_outside_region",
        field: "shipping_address.country_code",
        message: `The address is in ${String(address.country_code).toUpperCase()}, outside the company's ${currency.toUpperCase()} price region`,
      })
    }
  }

  // Lines: variants, prices, quantities.
  const bySku = await variantsBySku(container, input.lines.map((l) => l.sku ?? "").filter(Boolean))
  const byId = await variantsById(
    container,
    input.lines.filter((l) => l.variant_id && !l.sku).map((l) => l.variant_id as string),
  )
  const resolved = input.lines.map((l, index) => {
    const v = l.sku ? bySku.get(l.sku.trim().toUpperCase()) : byId.get(l.variant_id as string)
    if (!v) {
      blocks.push({
        code: "unknown_sku",
        index,
        sku: l.sku,
        field: `lines.${index}.sku`,
        message: `lines.${index}: no product has SKU "${l.sku ?? l.variant_id}"`,
      })
    }
    if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > MAX_QUANTITY) {
      blocks.push({
        code: "invalid_quantity",
        index,
        sku: v?.sku ?? l.sku,
        field: `lines.${index}.quantity`,
        message: `lines.${index}.quantity: ${l.quantity} must be a whole number from 1 to ${MAX_QUANTITY}`,
      })
    }
    if (l.unit_price != null && l.unit_price !== "") {
      if (!/^\d+(\.\d+)?$/.test(String(l.unit_price))) {
        blocks.push({
          code: "invalid_price",
          index,
          sku: v?.sku,
          field: `lines.${index}.unit_price`,
          message: `lines.${index}.unit_price: "${l.unit_price}" is not a price`,
        })
      } else if (tooManyDecimals(l.unit_price, currency)) {
        blocks.push({
          code: "invalid_price",
          index,
          sku: v?.sku,
          field: `lines.${index}.unit_price`,
          message: `lines.${index}.unit_price: ${currency.toUpperCase()} prices have at most ${currencyDecimals(currency)} decimals (got ${l.unit_price})`,
        })
      }
    }
    return { input: l, variant: v }
  })
  const known = resolved.filter(isKnown)
  const channelId = await staffSalesChannelId(container)
  const [prices, stock, history, costs, rate] = await Promise.all([
    catalogPrices(
      container,
      company,
      known.map((r) => r.variant.variant_id),
    ),
    availability(
      container,
      channelId,
      known.flatMap((r) => (r.variant.inventory_item_id ? [r.variant.inventory_item_id] : [])),
    ),
    purchaseHistory(
      container,
      buyers.map((b) => b.customer_id),
    ),
    projectedCosts(
      container,
      known.map((r) => ({ variant_id: r.variant.variant_id, quantity: Number(r.input.quantity) || 1 })),
      currency,
    ),
    vatRate(container, address?.country_code ?? (currency === "cny" ? "cn" : null)),
  ])
  const validQty = (q: number) => Number.isInteger(q) && q >= 1 && q <= MAX_QUANTITY
  const shortages = await findStockShortages(
    container.resolve(ContainerRegistrationKeys.QUERY),
    channelId,
    known
      .filter((r) => validQty(r.input.quantity))
      .map((r) => ({
        variant_id: r.variant.variant_id,
        sku: r.variant.sku,
        quantity: r.input.quantity,
        allow_backorder: r.variant.allow_backorder,
      })),
  )
  for (const s of shortages) {
    blocks.push({
      code: "insufficient_stock",
      sku: s.sku,
      index: resolved.findIndex((r) => r.variant?.sku === s.sku),
      message: `${shortageMessage([s])}; reduce the quantity or allow backorders for this product`,
    })
  }

  const taxInclusive = [...prices.values()][0]?.tax_inclusive ?? currency === "cny"
  const netOf = (gross: ReturnType<typeof dec>) => (taxInclusive ? gross.times(100).div(dec(100).plus(rate)) : gross)
  const min = minMarginPercent()
  let subtotal = dec(0)
  let net = dec(0)
  let cost = dec(0)
  let costKnown = true
  const lines = resolved.map((r, index) => {
    const v = r.variant
    const price = v ? (prices.get(v.variant_id) as any) : undefined
    if (v && !price) {
      blocks.push({
        code: "no_price",
        index,
        sku: v.sku,
        message: `lines.${index}: SKU ${v.sku} has no ${currency.toUpperCase()} price`,
      })
    }
    const typed =
      r.input.unit_price != null && r.input.unit_price !== "" && /^\d+(\.\d+)?$/.test(String(r.input.unit_price))
    const unitPrice = typed ? dec(r.input.unit_price) : dec(price?.contract_price ?? 0)
    const quantity = validQty(r.input.quantity) ? r.input.quantity : 0
    const lineTotal = unitPrice.times(quantity)
    const lineNet = netOf(lineTotal)
    const projected = v ? costs.get(v.variant_id) : undefined
    const lineCost = projected?.cost == null ? null : dec(projected.cost)
    subtotal = subtotal.plus(lineTotal)
    net = net.plus(lineNet)
    if (lineCost == null) costKnown = false
    else cost = cost.plus(lineCost)
    const m = lineCost == null ? null : margin(lineNet, lineCost)
    const usual = v ? (history.usual.get(v.variant_id) ?? null) : null
    if (v && usual && quantity) {
      if (quantity >= usual * UNUSUAL_FACTOR || quantity * UNUSUAL_FACTOR <= usual) {
        warnings.push({
          key: `unusual_quantity:${v.sku}`,
          code: "unusual_quantity",
          index,
          sku: v.sku,
          message: `${v.sku}: ${quantity} is ${quantity > usual ? `${Math.round((quantity / usual) * 10) / 10}× more` : `${Math.round((usual / quantity) * 10) / 10}× less`} than this customer's usual ${usual}`,
        })
      }
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
      } else if (m?.percent != null && Number(m.percent) < min) {
        warnings.push({
          key: `below_min_margin:${v.sku}`,
          code: "below_min_margin",
          index,
          sku: v.sku,
          message: `${v.sku}: margin ${m.percent} % is under the minimum ${min} %`,
        })
      }
    }
    const a = v ? stock(v.inventory_item_id) : null
    const last = v ? history.last.get(v.variant_id) : undefined
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
  const shipping = input.shipping_amount ? dec(input.shipping_amount) : dec(0)
  if (input.shipping_amount && (!/^\d+(\.\d+)?$/.test(input.shipping_amount) || tooManyDecimals(shipping, currency))) {
    blocks.push({ code: "invalid_price", field: "shipping_amount", message: "shipping_amount: not a valid amount" })
  }
  const gross = subtotal.plus(shipping)
  const netAll = netOf(gross)
  const tax = taxInclusive ? gross.minus(netAll) : gross.times(rate).div(100)
  const total = taxInclusive ? gross : gross.plus(tax)
  const m = margin(net, cost)
  return {
    company,
    buyer,
    address,
    channelId,
    taxInclusive,
    resolved,
    preview: {
      currency_code: currency,
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
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Submit: draft, quote, or place

export type SubmitInput = EntryInput & {
  action: "draft" | "quote" | "place"
  confirmed?: string[]
  po_number?: string
  note?: string
  draft_order_id?: string
}

export type SubmitOutcome =
  | { status: 400; body: { type: "invalid_data"; message: string; blocks: Block[] } }
  | { status: 422; body: { type: "confirmation_required"; message: string; warnings: Warning[] } }
  | {
      status: 201
      body: {
        action: string
        status: string
        order_id?: string
        display_id?: number
        quote_id?: string
        approval_request_id?: string
        repeated?: boolean
      }
    }

/**
 * Saves what the staff member entered, once it is valid and every warning is confirmed:
 * a Medusa draft order, a quote sent to the buyer, or an order placed through the same
 * approval and credit rules as the storefront (waiting as a draft when it needs approval,
 * otherwise converted under the stock locks after re-checking the stock).
 */
export async function submitEntry(
  container: MedusaContainer,
  input: SubmitInput,
  actor: Actor,
  idempotencyKey?: string,
): Promise<SubmitOutcome> {
  if (!idempotencyKey || input.action === "quote") return submitOnce(container, input, actor)
  // A retried or double-clicked submission with the same key returns the order it created; the
  // same key with a different entry is a client bug, refused rather than answered with the
  // first order.
  const entryHash = requestHash(input)
  return withLock(container, `order-entry:${idempotencyKey}`, async () => {
    const earlier = await orderByEntryKey(container, idempotencyKey)
    if (earlier) {
      if (earlier.entry_hash && earlier.entry_hash !== entryHash) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          "Idempotency-Key: this key was already used for a different order entry; use a new key for a new entry",
        )
      }
      const { entry_hash: _h, ...body } = earlier
      return { status: 201 as const, body }
    }
    return submitOnce(container, { ...input, entry_key: idempotencyKey, entry_hash: entryHash }, actor)
  })
}

async function orderByEntryKey(container: MedusaContainer, key: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [row] = await pg("order")
    .select("id", "display_id", "is_draft_order", "metadata")
    .whereRaw("metadata->>'entry_key' = ?", [key])
    .whereNull("deleted_at")
    .limit(1)
  if (!row) return undefined
  const status = !row.is_draft_order
    ? "placed"
    : row.metadata?.ordo_approval === "requires_approval"
      ? "requires_approval"
      : "draft"
  return {
    action: status === "draft" ? "draft" : "place",
    status,
    order_id: row.id as string,
    display_id: Number(row.display_id),
    repeated: true,
    entry_hash: (row.metadata?.entry_hash as string | undefined) ?? null,
  }
}

async function submitOnce(
  container: MedusaContainer,
  input: SubmitInput & { entry_key?: string; entry_hash?: string },
  actor: Actor,
): Promise<SubmitOutcome> {
  const replaced = input.draft_order_id ? await staffDraft(container, input.draft_order_id) : null
  const checked = await checkEntry(container, input)
  const { preview } = checked
  if (preview.blocks.length) {
    return {
      status: 400,
      body: {
        type: "invalid_data",
        message: preview.blocks.map((b) => b.message).join("; "),
        blocks: preview.blocks,
      },
    }
  }
  if ((input.action === "draft" || input.action === "place") && !checked.address) {
    return {
      status: 400,
      body: {
        type: "invalid_data",
        message: "address_id: choose an address on file or type a shipping_address",
        blocks: [{ code: "no_address", field: "address_id", message: "address_id: required" }],
      },
    }
  }
  const confirmed = new Set(input.confirmed ?? [])
  const open = preview.warnings.filter((w) => !confirmed.has(w.key))
  if (open.length) {
    return {
      status: 422,
      body: {
        type: "confirmation_required",
        message: `Confirm before saving: ${open.map((w) => w.message).join("; ")}`,
        warnings: open,
      },
    }
  }
  const lines = preview.lines.map((l) => ({
    variant_id: l.variant_id as string,
    sku: l.sku as string,
    quantity: l.quantity,
    unit_price: l.unit_price,
    list_price: l.list_price,
    contract_price: l.contract_price,
  }))

  let body: Extract<SubmitOutcome, { status: 201 }>["body"]
  if (input.action === "quote") {
    const quote = await createQuote(container, {
      company_id: checked.company.id,
      customer_id: checked.buyer.customer_id,
      lines: lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity, unit_price: l.unit_price })),
      author: { type: "user", id: actor.id, name: actor.name },
      note: input.note,
      po_number: input.po_number,
      created_by: actor.id,
    })
    await sendQuote(container, quote.id)
    body = { action: "quote", status: "quote", quote_id: quote.id }
  } else {
    if (input.action === "draft") {
      const order = await orderInput(container, checked, lines, input, actor)
      const { result } = await createOrderWorkflow(container).run({ input: order as any })
      body = { action: "draft", status: "draft", order_id: result.id }
    } else {
      body = await placeEntry(container, checked, input, actor)
    }
    const {
      data: [o],
    } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["display_id"], filters: { id: body.order_id as string } })
    body.display_id = o?.display_id == null ? undefined : Number(o.display_id)
  }
  if (replaced) await deleteDraftOrdersWorkflow(container).run({ input: { order_ids: [replaced.id] } as any })
  return { status: 201, body }
}

/**
 * Places the entry through the place-order workflow as the staff channel: the lines with the
 * prices typed (or the contract price), the address checked on screen, the freight set, and
 * the same approval, credit, stock and deposit gates as every other order.
 */
async function placeEntry(
  container: MedusaContainer,
  checked: Awaited<ReturnType<typeof checkEntry>>,
  input: SubmitInput & { entry_key?: string; entry_hash?: string },
  actor: Actor,
) {
  const { result } = await placeOrderWorkflow(container).run({
    input: {
      channel: "staff",
      customer_id: checked.buyer.customer_id,
      sales_channel_id: checked.channelId,
      lines: checked.preview.lines.map((l) => ({
        variant_id: l.variant_id as string,
        quantity: l.quantity,
        unit_price: l.unit_price,
      })),
      shipping_address: checked.address as Address,
      shipping_amount: checked.preview.totals.shipping,
      po_number: input.po_number || null,
      metadata: {
        entered_by: { id: actor.id, name: actor.name },
        entry_key: input.entry_key || undefined,
        entry_hash: input.entry_hash || undefined,
        note: input.note || undefined,
      },
    },
  })
  return {
    action: "place",
    status: result.status,
    order_id: result.order_id,
    approval_request_id: result.approval_request_id,
  }
}

async function orderInput(
  container: MedusaContainer,
  checked: Awaited<ReturnType<typeof checkEntry>>,
  lines: {
    variant_id: string
    quantity: number
    unit_price: string
    list_price: string | null
    contract_price: string | null
  }[],
  input: SubmitInput & { entry_key?: string; entry_hash?: string },
  actor: Actor,
) {
  const address = checked.address as Address
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "service_zone.geo_zones.country_code", "rules.attribute", "rules.value"],
  })
  const country = String(address.country_code).toLowerCase()
  const option = (options as any[]).find(
    (o) =>
      (o.service_zone?.geo_zones ?? []).some((g: any) => g?.country_code === country) &&
      !(o.rules ?? []).some((r: any) => r?.attribute === "is_return" && String(r.value) === "true"),
  )
  if (!option)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No freight option delivers to ${country.toUpperCase()}`)
  return {
    region_id: checked.company.region_id,
    customer_id: checked.buyer.customer_id,
    sales_channel_id: checked.channelId,
    email: checked.buyer.email,
    currency_code: checked.company.currency_code,
    shipping_address: address,
    billing_address: address,
    status: "draft",
    is_draft_order: true,
    metadata: {
      ordo_channel: "staff",
      entered_by: { id: actor.id, name: actor.name },
      entry_key: input.entry_key || undefined,
      entry_hash: input.entry_hash || undefined,
      po_number: input.po_number || undefined,
      note: input.note || undefined,
      payment_terms: "on_account",
    },
    items: lines.map((l) => ({
      variant_id: l.variant_id,
      quantity: l.quantity,
      unit_price: l.unit_price,
      is_tax_inclusive: checked.taxInclusive,
      metadata: { list_price: l.list_price, contract_price: l.contract_price, entered_price: l.unit_price },
    })),
    shipping_methods: [
      {
        name: option.name,
        amount: checked.preview.totals.shipping,
        is_tax_inclusive: checked.taxInclusive,
        shipping_option_id: option.id,
        data: {},
      },
    ],
  }
}

/** A saved staff draft (not one waiting for approval), or 404/409. */
async function staffDraft(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [o],
  } = await query.graph({
    entity: "order",
    fields: ["id", "is_draft_order", "status", "metadata", "customer_id"],
    filters: { id: orderId },
  })
  if (!o) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Draft order ${orderId} not found`)
  // Any saved draft (staff's own, or one made on Medusa's draft-order pages) can be reopened and
  // placed here; one waiting for approval or rejected cannot.
  if (!o.is_draft_order || o.status !== "draft" || (o.metadata as any)?.ordo_approval) {
    throw conflict(`Order ${orderId} is not a saved draft`)
  }
  return o
}

/** A saved staff draft in the entry screen's terms, to reopen it. */
export async function draftForEntry(container: MedusaContainer, orderId: string) {
  await staffDraft(container, orderId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [o],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "currency_code",
      "metadata",
      "shipping_address.*",
      "shipping_methods.amount",
      "items.variant_id",
      "items.variant_sku",
      "items.unit_price",
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  const membership = await membershipOf(container, o.customer_id as string)
  return {
    order_id: o.id,
    display_id: o.display_id,
    company_id: membership?.company_id ?? null,
    customer_id: o.customer_id,
    po_number: (o.metadata as any)?.po_number ?? null,
    note: (o.metadata as any)?.note ?? null,
    shipping_address: o.shipping_address ? pick(o.shipping_address) : null,
    shipping_amount: toAmount((o.shipping_methods ?? [])[0]?.amount ?? 0, o.currency_code),
    lines: (o.items ?? []).filter(Boolean).map((i: any) => ({
      variant_id: i.variant_id,
      sku: i.variant_sku,
      quantity: Number(i.detail?.quantity ?? 0),
      unit_price: toAmount(i.unit_price, o.currency_code),
    })),
  }
}
