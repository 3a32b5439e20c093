import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerScope } from "../../../../../queries/company/buyer-scope"
import { invoiceWithLines } from "../../../../../queries/receivables/invoices"
import { notFound } from "../../../../http"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const invoice = scope.membership
    ? await invoiceWithLines(req.scope, req.params.id, scope.membership.company_id)
    : undefined
  if (!invoice) throw notFound("Invoice", req.params.id)
  res.json({ invoice })
}
