import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREDIT_MODULE } from "../../../../../modules/credit"
import type CreditModuleService from "../../../../../modules/credit/service"

/** Staff: what reminders were sent, newest first; `?company_id=` or `?invoice_id=`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters: Record<string, unknown> = {}
  for (const k of ["company_id", "invoice_id"] as const) if (typeof req.query[k] === "string") filters[k] = req.query[k]
  const notices = await req.scope
    .resolve<CreditModuleService>(CREDIT_MODULE)
    .listDunningNotices(filters, { order: { created_at: "DESC" }, take: 500 })
  res.json({ notices })
}
