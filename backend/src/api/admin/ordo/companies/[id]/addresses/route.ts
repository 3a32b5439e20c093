import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { notFound } from "../../../../../http"
import type { AdminCompanyAddress } from "../../validators"

/** Staff: add an address to the company's address book. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCompanyAddress>>, res: MedusaResponse) {
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [company] = await companies.listCompanies({ id: req.params.id })
  if (!company) throw notFound("Company", req.params.id)
  const address = await companies.createCompanyAddresses({ ...req.validatedBody, company_id: company.id } as any)
  res.status(201).json({ address })
}
