import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addressKey, type OrderAddress, pickAddress } from "../../domain/address"
import { dec, toAmount } from "../../domain/money"
import { personName } from "../../domain/names"
import { purchaseHistory } from "../order/purchase-history"
import { companyForQuoting } from "../quote/pricing"
import { listQuotes } from "../quote/quotes"
import { creditAccountFor } from "../receivables/credit-account"
import { creditExposure } from "../receivables/exposure"

/** Margins under this percentage need confirming when staff enter an order. */
export const minMarginPercent = () => Number(process.env.ORDO_MIN_MARGIN_PERCENT ?? 10)

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

export async function companyBuyers(container: MedusaContainer, companyId: string) {
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

/** Addresses on file: the company's address book and its buyers' own, with ids, de-duplicated. */
export async function addressesOnFile(container: MedusaContainer, companyId: string, legalName: string, buyers: any[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rows } = await query.graph({
    entity: "company_address",
    fields: ["*"],
    filters: { company: { id: companyId } } as any,
  })
  const contact = buyers[0]
  const out: (OrderAddress & { id: string; label: string | null })[] = []
  for (const b of buyers)
    for (const a of b.addresses)
      out.push({ id: a.id, label: a.address_name ?? null, ...pickAddress(a), company: a.company ?? legalName })
  for (const a of rows as any[]) {
    out.push({
      id: a.id,
      label: a.label,
      ...pickAddress(a),
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

/** What the entry screen fills in once a customer is picked: buyers, addresses, credit, prices, history, quotes. */
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
