import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ageingReport } from "../../../../../queries/receivables/reports"
import { repForRequest } from "../../../../http"
import type { AdminAgeingQuery } from "../../invoices/validators"

/**
 * Staff: AR ageing per company, per sales rep and in total, payment behaviour, and the 8-week
 * collection forecast; `?rep=me|none|<user id>`. A sales rep sees only their own customers.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req.validatedQuery ?? {}) as z.infer<typeof AdminAgeingQuery>
  const { rep, held } = await repForRequest(req, q.rep)
  res.json({ ...(await ageingReport(req.scope, { rep })), held })
}
