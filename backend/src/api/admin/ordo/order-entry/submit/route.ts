import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../queries/approval/approvers"
import { submitEntryWorkflow } from "../../../../../workflows/order-entry/submit-entry"
import type { SubmitBody } from "../validators"

/**
 * Staff: save the entry as a draft order, send it as a quote, or place it. 400 with the
 * blocking problems, 422 with the warnings still to confirm; nothing is saved in either case.
 * With an `Idempotency-Key`, a repeated submission answers with the order the first one made.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SubmitBody>>, res: MedusaResponse) {
  const { id, name } = await staffApprover(req.scope, req.auth_context.actor_id)
  const { result } = await submitEntryWorkflow(req.scope).run({
    input: { entry: req.validatedBody, actor: { id, name }, entry_key: req.get("idempotency-key") || undefined },
  })
  if (result.kind === "blocked") {
    return res.status(400).json({ type: "invalid_data", message: result.message, blocks: result.blocks })
  }
  if (result.kind === "unconfirmed") {
    return res.status(422).json({ type: "confirmation_required", message: result.message, warnings: result.warnings })
  }
  res.status(201).json(result.saved)
}
