import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../lib/approvals"
import { transferStock } from "../../../../../lib/stock-control"
import type { TransferBody } from "../validators"

/** Staff: move available units between stock locations, with the reason and who did it. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof TransferBody>>, res: MedusaResponse) {
  const staff = await staffApprover(req.scope, req.auth_context.actor_id)
  const movement = await transferStock(req.scope, req.validatedBody, { id: staff.id, name: staff.name })
  res.status(201).json({ movement })
}
