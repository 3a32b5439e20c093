import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { notFound, requireCompanyAdmin } from "../../../../../http"

/** Withdraws an invitation that has not been accepted. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [invite] = await companies.listCompanyInvites({ id: req.params.id, company_id: admin.company_id } as any)
  if (!invite || invite.accepted_at) throw notFound("Invite", req.params.id)
  await companies.deleteCompanyInvites(invite.id)
  res.json({ id: invite.id, deleted: true })
}
