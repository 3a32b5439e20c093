import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { buyerScope } from "../../../../../queries/company/buyer-scope"
import { inviteBuyerWorkflow } from "../../../../../workflows/company/invite-buyer"
import { requireCompanyAdmin } from "../../../../http"
import type { InviteBuyerBody } from "../validators"

/** A company admin invites a colleague by e-mail; the response carries the link too, to share by hand. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof InviteBuyerBody>>, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  const { result } = await inviteBuyerWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      company_id: admin.company_id,
      invited_by: req.auth_context.actor_id,
      storefront_url: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    },
  })
  res.status(201).json(result)
}
