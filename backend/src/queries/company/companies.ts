import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const COMPANY_FIELDS = [
  "id",
  "legal_name",
  "aliases",
  "tax_id",
  "currency_code",
  "locale",
  "retail_default",
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

/** Every company with its buyers, roles, limits and contract price group, by name. */
export async function listCompanies(container: MedusaContainer) {
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "company",
    fields: COMPANY_FIELDS,
    pagination: { skip: 0, take: 200, order: { legal_name: "ASC" } },
  })
  return { companies: data, count: metadata?.count ?? data.length }
}

/** Whether a company with this id exists. */
export async function companyExists(container: MedusaContainer, id: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["id"], filters: { id } })
  return data.length > 0
}

/** One company with its buyers and address book (undefined when there is none). */
export async function companyDetail(container: MedusaContainer, id: string) {
  const {
    data: [company],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: [...COMPANY_FIELDS, "addresses.*"], filters: { id } })
  return company as (Record<string, any> & { id: string }) | undefined
}
