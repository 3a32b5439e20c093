import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { notFound } from "../../../../../../lib/company-scope"
import { creditAccountFor, creditExposure } from "../../../../../../lib/receivables"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { CREDIT_MODULE } from "../../../../../../modules/credit"
import type CreditModuleService from "../../../../../../modules/credit/service"
import type { AdminCreditAccount } from "../../../invoices/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [credit, exposure] = await Promise.all([
    creditAccountFor(req.scope, req.params.id),
    creditExposure(req.scope, req.params.id),
  ])
  res.json({ credit, exposure })
}

/** Staff set a company's terms, limit, hold, invoicing moment and dunning pause. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreditAccount>>, res: MedusaResponse) {
  const [company] = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).listCompanies({ id: req.params.id })
  if (!company) throw notFound("Company", req.params.id)
  const credit = req.scope.resolve<CreditModuleService>(CREDIT_MODULE)
  const current = await creditAccountFor(req.scope, company.id)
  const patch: Record<string, unknown> = { ...req.validatedBody }
  if (patch.on_hold !== undefined) patch.hold_source = patch.on_hold ? "manual" : null
  const account = current.id
    ? await credit.updateCreditAccounts({ id: current.id, ...patch } as any)
    : await credit.createCreditAccounts({ company_id: company.id, ...patch } as any)
  res.json({ credit: account })
}
