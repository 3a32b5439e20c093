import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { inviteBuyer } from "../../../../../lib/company-users"
import { buyerScope } from "../../../../../queries/company/buyer-scope"
import { requireCompanyAdmin } from "../../../../http"
import type { InviteBuyerBody } from "../validators"

/** A company admin invites a colleague by e-mail; the response carries the link too, to share by hand. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof InviteBuyerBody>>, res: MedusaResponse) {
  const admin = requireCompanyAdmin(await buyerScope(req.scope, req.auth_context.actor_id))
  const { invite, accept_url } = await inviteBuyer(req.scope, {
    company_id: admin.company_id,
    invited_by: req.auth_context.actor_id,
    ...req.validatedBody,
  })
  const { token_hash: _hidden, ...visible } = invite as any
  res.status(201).json({ invite: visible, accept_url })
}
