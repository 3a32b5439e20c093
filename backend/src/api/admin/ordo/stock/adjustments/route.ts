import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../lib/approvals"
import { adjustStock } from "../../../../../lib/stock-control"
import type { AdjustmentBody } from "../validators"

/** Staff: a counted correction (+/−) with its reason, recorded with who made it. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdjustmentBody>>, res: MedusaResponse) {
  const staff = await staffApprover(req.scope, req.auth_context.actor_id)
  const movement = await adjustStock(req.scope, req.validatedBody, { id: staff.id, name: staff.name })
  res.status(201).json({ movement })
}
