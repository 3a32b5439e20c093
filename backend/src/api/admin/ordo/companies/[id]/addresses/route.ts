import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { companyDetail } from "../../../../../../queries/company/companies"
import { addCompanyAddressWorkflow } from "../../../../../../workflows/company/add-company-address"
import { notFound } from "../../../../../http"
import type { AdminCompanyAddress } from "../../validators"

/** Staff: add an address to the company's address book. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCompanyAddress>>, res: MedusaResponse) {
  if (!(await companyDetail(req.scope, req.params.id))) throw notFound("Company", req.params.id)
  const { result: address } = await addCompanyAddressWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id },
  })
  res.status(201).json({ address })
}
