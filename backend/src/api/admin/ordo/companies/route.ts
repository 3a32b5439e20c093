import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { companyDetail, listCompanies } from "../../../../queries/company/companies"
import { createCompanyWorkflow } from "../../../../workflows/company/create-company"
import type { AdminCreateCompany } from "./validators"

/** Staff: every company with its buyers, roles, limits and contract price group. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await listCompanies(req.scope))
}

/** Staff: a new company, with its own customer group for contract price lists. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateCompany>>, res: MedusaResponse) {
  const { result } = await createCompanyWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ company: await companyDetail(req.scope, result.id) })
}
