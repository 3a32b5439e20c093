import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { paymentsByRegionReport } from "../../../../../queries/reporting/reports"
import { answerReport, askerOf } from "../answer"

/** Staff (a sales rep sees their own customers only): Share of the invoiced amount paid (and paid on time) per region, for invoices issued in the period. JSON, or `?format=csv|xlsx`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerReport(req, res, "payments-by-region", (q) => paymentsByRegionReport(req.scope, askerOf(req), q))
}
