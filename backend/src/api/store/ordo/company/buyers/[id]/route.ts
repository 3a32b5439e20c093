import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { removeBuyer, updateBuyer } from "../../../../../../lib/company-users"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { requireCompanyAdmin } from "../../../../../http"
import type { UpdateBuyerBody } from "../../validators"

/** A company admin changes a buyer's role or spending limit (null: no limit). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateBuyerBody>>, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  const buyer = await updateBuyer(req.scope, admin.company_id, req.params.id, req.validatedBody)
  res.json({ buyer })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  await removeBuyer(req.scope, admin.company_id, req.params.id, req.auth_context.actor_id)
  res.json({ id: req.params.id, deleted: true })
}
