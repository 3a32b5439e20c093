import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { runDunning } from "../../../../../lib/dunning"

/**
 * Staff: run today's reminders now, for everyone or one `company_id`. `as_of` (a simulated date) is accepted only when the server
 * runs with ORDO_TEST_CLOCK=1, so production can never send tomorrow's mails today.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ as_of?: string; company_id?: string }>,
  res: MedusaResponse,
) {
  const asOf = (req.body as any)?.as_of
  const companyId = (req.body as any)?.company_id
  if (asOf && process.env.ORDO_TEST_CLOCK !== "1") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "as_of: a simulated date is only accepted in test mode")
  }
  const now = asOf ? new Date(asOf) : new Date()
  if (Number.isNaN(now.getTime())) throw new MedusaError(MedusaError.Types.INVALID_DATA, "as_of: not a date")
  res.json(await runDunning(req.scope, now, typeof companyId === "string" ? { company_id: companyId } : undefined))
}
