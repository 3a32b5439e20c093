import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { availableCredit } from "../../../../../../domain/credit-terms"
import { companyExists } from "../../../../../../queries/company/companies"
import { creditAccountFor } from "../../../../../../queries/receivables/credit-account"
import { creditExposure } from "../../../../../../queries/receivables/exposure"
import { saveCreditAccountWorkflow } from "../../../../../../workflows/credit/save-credit-account"
import { notFound } from "../../../../../http"
import type { AdminCreditAccount } from "../../../invoices/validators"

/** Staff: a company's terms and hold, and its exposure with the credit still available under its limit. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [credit, exposure] = await Promise.all([
    creditAccountFor(req.scope, req.params.id),
    creditExposure(req.scope, req.params.id),
  ])
  res.json({ credit, exposure: { ...exposure, available: availableCredit(credit.credit_limit, exposure.exposure) } })
}

/** Finance set a company's terms, limit, hold, invoicing moment and dunning pause. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreditAccount>>, res: MedusaResponse) {
  if (!(await companyExists(req.scope, req.params.id))) throw notFound("Company", req.params.id)
  const { result } = await saveCreditAccountWorkflow(req.scope).run({
    input: { company_id: req.params.id, patch: req.validatedBody },
  })
  res.json({ credit: result })
}
