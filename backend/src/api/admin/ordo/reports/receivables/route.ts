import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ageingReport } from "../../../../../queries/receivables/reports"

/** Staff: AR ageing per company and in total, payment behaviour, and the 8-week collection forecast. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await ageingReport(req.scope))
}
