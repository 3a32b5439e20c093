import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { dunningLog } from "../../../../../queries/dunning/dunning"
import type { DunningLogQuery } from "../validators"

/** Staff: what reminders were sent, newest first; `?company_id=` or `?invoice_id=`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ notices: await dunningLog(req.scope, req.validatedQuery as z.infer<typeof DunningLogQuery>) })
}
