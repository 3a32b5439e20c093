import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receivablesByRepReport } from "../../../../../queries/reporting/reports"
import { answerReport, askerOf } from "../answer"

/** Staff (a sales rep sees their own customers only): Open and overdue receivables per sales rep. JSON, or `?format=csv|xlsx`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerReport(req, res, "receivables-by-rep", (q) => receivablesByRepReport(req.scope, askerOf(req), q))
}
