import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { creditAccountFor } from "../../../../../../queries/receivables/credit-account"
import { creditExposure } from "../../../../../../queries/receivables/exposure"
import { saveCreditAccountWorkflow } from "../../../../../../workflows/credit/save-credit-account"
import { notFound } from "../../../../../http"
import type { AdminCreditAccount } from "../../../invoices/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [credit, exposure] = await Promise.all([
    creditAccountFor(req.scope, req.params.id),
    creditExposure(req.scope, req.params.id),
  ])
  res.json({ credit, exposure })
}

/** Finance set a company's terms, limit, hold, invoicing moment and dunning pause. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreditAccount>>, res: MedusaResponse) {
  const [company] = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).listCompanies({ id: req.params.id })
  if (!company) throw notFound("Company", req.params.id)
  const { result } = await saveCreditAccountWorkflow(req.scope).run({
    input: { company_id: company.id, patch: req.validatedBody },
  })
  res.json({ credit: result })
}
