import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../queries/approval/approvers"
import { changeStockWorkflow } from "../../../../../workflows/stock/change-stock"
import type { TransferBody } from "../validators"

/** Staff: move available units between stock locations, with the reason and who did it. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof TransferBody>>, res: MedusaResponse) {
  const { id, name } = await staffApprover(req.scope, req.auth_context.actor_id)
  const { result } = await changeStockWorkflow(req.scope).run({
    input: { ...req.validatedBody, kind: "transfer", actor: { id, name } },
  })
  res.status(201).json({ movement: result })
}
