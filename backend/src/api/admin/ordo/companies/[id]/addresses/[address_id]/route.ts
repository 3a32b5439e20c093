import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../../modules/company/service"
import { notFound } from "../../../../../../http"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [address] = await companies.listCompanyAddresses({
    id: req.params.address_id,
    company_id: req.params.id,
  } as any)
  if (!address) throw notFound("Address", req.params.address_id)
  await companies.deleteCompanyAddresses(address.id)
  res.json({ id: address.id, deleted: true })
}
