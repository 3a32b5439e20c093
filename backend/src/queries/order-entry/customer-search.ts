import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { rankCustomers, type SearchRecord } from "../../domain/customer-search"
import { personName } from "../../domain/names"

/**
 * Staff look a customer up by company name, alias, tax id, or a buyer's name, e-mail or phone,
 * typos forgiven (domain/customer-search.ts). At most 10 companies, best first.
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
          { select: ["id", "first_name", "last_name", "email", "phone"], take: null as unknown as number },
        )
    : []
  const byCustomer = new Map(customers.map((c) => [c.id, c]))
  const records: SearchRecord[] = []
  for (const c of companies as any[]) {
    records.push({ company_id: c.id, matched_on: "legal_name", text: c.legal_name })
    for (const a of c.aliases ?? []) records.push({ company_id: c.id, matched_on: "alias", text: String(a) })
    if (c.tax_id) records.push({ company_id: c.id, matched_on: "tax_id", text: c.tax_id })
    for (const a of c.addresses ?? [])
      if (a?.phone) records.push({ company_id: c.id, matched_on: "phone", text: a.phone })
    for (const b of c.buyers ?? []) {
      const cust = byCustomer.get(b?.customer_id)
      if (!cust) continue
      const buyer = { customer_id: cust.id, name: personName(cust) as string }
      const name = [cust.first_name, cust.last_name].filter(Boolean).join(" ")
      if (name) records.push({ company_id: c.id, matched_on: "buyer", text: name, buyer })
      records.push({ company_id: c.id, matched_on: "email", text: cust.email, buyer })
      if (cust.phone) records.push({ company_id: c.id, matched_on: "phone", text: cust.phone, buyer })
    }
  }
  const companyById = new Map((companies as any[]).map((c) => [c.id, c]))
  return rankCustomers(records, term).map(({ record, score }) => {
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
