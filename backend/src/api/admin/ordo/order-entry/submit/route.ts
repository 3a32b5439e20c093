import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../lib/approvals"
import { submitEntry } from "../../../../../lib/order-entry"
import type { SubmitBody } from "../validators"

/**
 * Staff: save the entry as a draft order, send it as a quote, or place it. 400 with the
 * blocking problems, 422 with the warnings still to confirm; nothing is saved in either case.
 * With an `Idempotency-Key`, a repeated submission answers with the order the first one made.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SubmitBody>>, res: MedusaResponse) {
  const staff = await staffApprover(req.scope, req.auth_context.actor_id)
  const outcome = await submitEntry(
    req.scope,
    req.validatedBody as any,
    { id: staff.id, name: staff.name },
    req.get("idempotency-key") || undefined,
  )
  res.status(outcome.status).json(outcome.body)
}
