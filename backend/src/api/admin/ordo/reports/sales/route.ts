import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesReport } from "../../../../../queries/reporting/reports"
import { answerReport, askerOf } from "../answer"

/** Staff (a sales rep sees their own customers only): Sales, cost, gross profit, margin, orders and average order per day, week or month, with a breakdown by category, region, channel or rep. JSON, or `?format=csv|xlsx`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerReport(req, res, "sales", (q) => salesReport(req.scope, askerOf(req), q))
}
