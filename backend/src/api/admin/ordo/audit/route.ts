import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditLog } from "../../../../queries/audit/log"
import type { AuditLogQueryType } from "./validators"

/**
 * Finance, sales managers and managers: every change to money, credit, prices, stock, roles and
 * approval rules, newest first — who, when, before → after, from which screen or job — filtered
 * and paged (see validators.ts), with the count.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AuditLogQueryType
  const { entries, count } = await auditLog(req.scope, q)
  res.json({ entries, count, limit: q.limit, offset: q.offset })
}
