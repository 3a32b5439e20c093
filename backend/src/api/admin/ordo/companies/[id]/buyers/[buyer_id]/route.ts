import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { removeBuyer, updateBuyer } from "../../../../../../../lib/company-users"
import type { UpdateBuyerBody } from "../../../../../../store/ordo/company/validators"

/** Staff: change a buyer's role or spending limit (null: no limit). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateBuyerBody>>, res: MedusaResponse) {
  res.json({ buyer: await updateBuyer(req.scope, req.params.id, req.params.buyer_id, req.validatedBody) })
}

/** Staff: remove a buyer from the company (their login and past orders stay). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeBuyer(req.scope, req.params.id, req.params.buyer_id, null)
  res.json({ id: req.params.buyer_id, deleted: true })
}
