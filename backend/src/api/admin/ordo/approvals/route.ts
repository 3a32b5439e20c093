import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listApprovalViews } from "../../../../queries/approval/approval-views"
import type { ApprovalListQuery } from "../../../validation"

/** Staff: approval requests, newest first; `?status=pending` for the work queue. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = req.validatedQuery as z.infer<typeof ApprovalListQuery>
  const filters: Record<string, unknown> = status ? { status } : {}
  res.json({ approvals: await listApprovalViews(req.scope, filters, 200) })
}
