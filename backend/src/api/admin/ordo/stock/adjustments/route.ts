import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../queries/approval/approvers"
import { changeStockWorkflow } from "../../../../../workflows/stock/change-stock"
import type { AdjustmentBody } from "../validators"

/** Staff: a counted correction (+/−) with its reason, recorded with who made it. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdjustmentBody>>, res: MedusaResponse) {
  const { id, name } = await staffApprover(req.scope, req.auth_context.actor_id)
  const { location_id, ...body } = req.validatedBody
  const { result } = await changeStockWorkflow(req.scope).run({
    input: { ...body, kind: "adjustment", to_location_id: location_id, actor: { id, name } },
  })
  res.status(201).json({ movement: result })
}
