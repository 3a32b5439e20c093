import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { companyStatement, parsePeriod } from "../../../../../../queries/receivables/reports"
import { sendStatement } from "../../../../../documents"
import type { StatementQuery } from "../../../../../validation"

/** Staff: a company's statement of account, `?from=&to=` (inclusive), `?format=csv|pdf`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as z.infer<typeof StatementQuery>
  const { start, end } = parsePeriod(q.from, q.to)
  await sendStatement(res, await companyStatement(req.scope, req.params.id, start, end), q)
}
