import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApprovalViews } from "../../../../queries/approval/approval-views"

/** Staff: approval requests, newest first; `?status=pending` for the work queue. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters: Record<string, unknown> = {}
  const status = req.query.status
  if (typeof status === "string" && ["pending", "approved", "rejected"].includes(status)) filters.status = status
  res.json({ approvals: await listApprovalViews(req.scope, filters, 200) })
}
