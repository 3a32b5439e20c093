import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { companyDetail, listCompanies } from "../../../../queries/company/companies"
import { createCompanyWorkflow } from "../../../../workflows/company/create-company"
import { repForRequest } from "../../../http"
import type { AdminCreateCompany, AdminListCompanies } from "./validators"

/**
 * Staff: every company with its buyers, roles, limits, contract price group and sales rep;
 * `?rep=me|none|<user id>`. A sales rep sees only their own customers (`held` says so).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req.validatedQuery ?? {}) as z.infer<typeof AdminListCompanies>
  const { rep, held } = await repForRequest(req, q.rep)
  res.json({ ...(await listCompanies(req.scope, { rep })), held })
}

/**
 * Staff: a new company, with its own customer group for contract price lists. A sales rep held
 * to their own customers owns the company they open (else they could not open it again).
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateCompany>>, res: MedusaResponse) {
  const { held } = await repForRequest(req, undefined)
  const { result } = await createCompanyWorkflow(req.scope).run({
    input: { ...req.validatedBody, ...(held ? { sales_rep_id: req.auth_context.actor_id } : {}) },
  })
  res.status(201).json({ company: await companyDetail(req.scope, result.id) })
}
