import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { removeBuyerWorkflow } from "../../../../../../workflows/company/remove-buyer"
import { updateBuyerWorkflow } from "../../../../../../workflows/company/update-buyer"
import { requireCompanyAdmin } from "../../../../../http"
import type { UpdateBuyerBody } from "../../validators"

/** A company admin changes a buyer's role or spending limit (null: no limit). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateBuyerBody>>, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  const { result: buyer } = await updateBuyerWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: admin.company_id, buyer_id: req.params.id },
  })
  res.json({ buyer })
}

/** A company admin removes a buyer (not themselves; an admin always remains). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  await removeBuyerWorkflow(req.scope).run({
    input: { company_id: admin.company_id, buyer_id: req.params.id, actor_customer_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id, deleted: true })
}
