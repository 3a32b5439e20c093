import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { withdrawInviteWorkflow } from "../../../../../../workflows/company/withdraw-invite"
import { requireCompanyAdmin } from "../../../../../http"

/** Withdraws an invitation that has not been accepted. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  const { result: id } = await withdrawInviteWorkflow(req.scope).run({
    input: { company_id: admin.company_id, invite_id: req.params.id },
  })
  res.json({ id, deleted: true })
}
