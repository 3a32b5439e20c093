import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { buyerPaymentViews } from "../../../../queries/receivables/invoices"

/** The company's payments, newest first, with the invoices each settled. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) return res.json({ payments: [] })
  res.json({ payments: await buyerPaymentViews(req.scope, scope.membership.company_id) })
}
