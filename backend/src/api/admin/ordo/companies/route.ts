import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const COMPANY_FIELDS = [
  "id",
  "legal_name",
  "aliases",
  "tax_id",
  "currency_code",
  "locale",
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

/** Staff: every company with its buyers, roles, limits and contract price group. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies, metadata } = await query.graph({
    entity: "company",
    fields: COMPANY_FIELDS,
    pagination: { skip: 0, take: 200, order: { legal_name: "ASC" } },
  })
  res.json({ companies, count: metadata?.count ?? companies.length })
}
