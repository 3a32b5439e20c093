import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { companyStatement, parsePeriod } from "../../../../queries/receivables/reports"
import { sendStatement } from "../../../documents"
import type { StatementQuery } from "../../../validation"

/** The buyer's company statement of account (`?from=&to=`, `?format=csv|pdf`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a buyer for any company")
  const q = req.validatedQuery as z.infer<typeof StatementQuery>
  const { start, end } = parsePeriod(q.from, q.to)
  await sendStatement(res, await companyStatement(req.scope, scope.membership.company_id, start, end), q)
}
