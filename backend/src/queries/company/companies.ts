import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { staffNames } from "../staff/sales-reps"

export const COMPANY_FIELDS = [
  "id",
  "legal_name",
  "aliases",
  "tax_id",
  "currency_code",
  "locale",
  "retail_default",
  "sales_rep_id",
  "customer_group.id",
  "customer_group.name",
  "buyers.id",
  "buyers.role",
  "buyers.spending_limit",
  "buyers.customer.id",
  "buyers.customer.email",
  "buyers.customer.first_name",
  "buyers.customer.last_name",
]

/**
 * Every company with its buyers, roles, limits, contract price group and sales rep (with the
 * rep's name), by name; `rep` narrows to one rep's customers ("none": customers nobody owns).
 */
export async function listCompanies(container: MedusaContainer, f: { rep?: string | null } = {}) {
  const filters = f.rep ? { sales_rep_id: f.rep === "none" ? null : f.rep } : {}
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "company",
    fields: COMPANY_FIELDS,
    filters: filters as any,
    pagination: { skip: 0, take: 200, order: { legal_name: "ASC" } },
  })
  const names = await staffNames(
    container,
    (data as any[]).map((c) => c.sales_rep_id),
  )
  const companies = (data as any[]).map((c) => ({
    ...c,
    sales_rep: c.sales_rep_id ? { id: c.sales_rep_id, name: names.get(c.sales_rep_id) ?? c.sales_rep_id } : null,
  }))
  return { companies, count: metadata?.count ?? data.length, rep: f.rep ?? null }
}

/** A company's name and sales rep (undefined when there is none), for the own-customers guard. */
export async function companyOwner(container: MedusaContainer, id: string) {
  const {
    data: [company],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["id", "legal_name", "sales_rep_id"], filters: { id } })
  return company as { id: string; legal_name: string; sales_rep_id: string | null } | undefined
}

/** Whether a company with this id exists. */
export async function companyExists(container: MedusaContainer, id: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["id"], filters: { id } })
  return data.length > 0
}

/** One company with its buyers, address book and sales rep (undefined when there is none). */
export async function companyDetail(container: MedusaContainer, id: string) {
  const {
    data: [company],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: [...COMPANY_FIELDS, "addresses.*"], filters: { id } })
  if (!company) return undefined
  const names = await staffNames(container, [company.sales_rep_id])
  const rep = company.sales_rep_id as string | null
  return {
    ...company,
    sales_rep: rep ? { id: rep, name: names.get(rep) ?? rep } : null,
  } as Record<string, any> & { id: string }
}
