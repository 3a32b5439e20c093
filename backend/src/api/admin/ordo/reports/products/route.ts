import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productsReport } from "../../../../../queries/reporting/reports"
import { answerReport, askerOf } from "../answer"

/** Staff (a sales rep sees their own customers only): Best and slow sellers of the period and a product's 30-day trend. JSON, or `?format=csv|xlsx`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerReport(req, res, "products", (q) => productsReport(req.scope, askerOf(req), q))
}
