import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { createCompany } from "../../../../lib/company-admin"
import type { AdminCreateCompany } from "./validators"

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

/** Staff: a new company, with its own customer group for contract price lists. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateCompany>>, res: MedusaResponse) {
  const company = await createCompany(req.scope, req.validatedBody)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [created],
  } = await query.graph({ entity: "company", fields: COMPANY_FIELDS, filters: { id: company.id } })
  res.status(201).json({ company: created })
}
