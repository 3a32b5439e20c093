import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { removeBuyerWorkflow } from "../../../../../../../workflows/company/remove-buyer"
import { updateBuyerWorkflow } from "../../../../../../../workflows/company/update-buyer"
import type { UpdateBuyerBody } from "../../../../../../store/ordo/company/validators"

/** Staff: change a buyer's role or spending limit (null: no limit). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateBuyerBody>>, res: MedusaResponse) {
  const { result: buyer } = await updateBuyerWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id, buyer_id: req.params.buyer_id },
  })
  res.json({ buyer })
}

/** Staff: remove a buyer from the company (their login and past orders stay). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeBuyerWorkflow(req.scope).run({
    input: { company_id: req.params.id, buyer_id: req.params.buyer_id, actor_customer_id: null },
  })
  res.json({ id: req.params.buyer_id, deleted: true })
}
