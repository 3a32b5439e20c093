import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { companyDetail } from "../../../../../../queries/company/companies"
import { assignSalesRepWorkflow } from "../../../../../../workflows/company/assign-sales-rep"
import type { AdminAssignSalesRep } from "../../validators"

/**
 * A sales manager (or manager) gives the company to a sales rep, or to nobody with null; only
 * staff holding a sales role can own customers (400 naming sales_rep_id otherwise).
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminAssignSalesRep>>, res: MedusaResponse) {
  await assignSalesRepWorkflow(req.scope).run({
    input: { company_id: req.params.id, sales_rep_id: req.validatedBody.sales_rep_id },
  })
  res.json({ company: await companyDetail(req.scope, req.params.id) })
}
