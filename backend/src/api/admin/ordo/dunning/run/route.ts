import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { runDunningWorkflow } from "../../../../../workflows/dunning/run-dunning"
import { readingDate } from "../../../../http"
import type { DunningRunBody } from "../validators"

/**
 * Finance: run today's reminders now, for everyone or one `company_id`. `as_of` (a simulated date) is
 * accepted only when the server runs with ORDO_TEST_CLOCK=1, so production never sends tomorrow's mails today.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof DunningRunBody>>, res: MedusaResponse) {
  const now = readingDate(req.validatedBody.as_of)
  const { result } = await runDunningWorkflow(req.scope).run({
    input: { now: now.toISOString(), company_id: req.validatedBody.company_id ?? null },
  })
  res.json(result)
}
