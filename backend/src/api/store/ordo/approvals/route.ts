import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listApprovalViews } from "../../../../queries/approval/approval-views"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import type { ApprovalListQuery } from "../../../validation"

/**
 * Approval requests of the buyer's company. Company admins see all of them (they approve);
 * other buyers see the ones for orders they placed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) return res.json({ approvals: [] })
  const filters: Record<string, unknown> = { company_id: scope.membership.company_id }
  if (scope.membership.role !== "admin") filters.requested_by = scope.customer_id
  const { status } = req.validatedQuery as z.infer<typeof ApprovalListQuery>
  if (status) filters.status = status
  res.json({ approvals: await listApprovalViews(req.scope, filters), role: scope.membership.role })
}
