import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openInvite } from "../../../../queries/company/invites"

/** Public: what an invitation link is for (company, e-mail, role), before the invitee signs up. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const invite = await openInvite(req.scope, req.params.token)
  res.json({
    invite: {
      email: invite.email,
      role: invite.role,
      company_name: invite.company?.legal_name,
      expires_at: invite.expires_at,
    },
  })
}
