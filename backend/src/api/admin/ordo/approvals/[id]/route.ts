import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApprovalViews } from "../../../../../queries/approval/approval-views"
import { notFound } from "../../../../http"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [approval] = await listApprovalViews(req.scope, { id: req.params.id })
  if (!approval) throw notFound("Approval request", req.params.id)
  res.json({ approval })
}
