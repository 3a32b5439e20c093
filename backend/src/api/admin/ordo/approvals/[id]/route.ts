import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApprovalViews } from "../../../../../lib/approval-views"
import { notFound } from "../../../../../lib/company-scope"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [approval] = await listApprovalViews(req.scope, { id: req.params.id })
  if (!approval) throw notFound("Approval request", req.params.id)
  res.json({ approval })
}
