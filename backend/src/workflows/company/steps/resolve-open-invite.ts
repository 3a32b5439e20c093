import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { openInvite } from "../../../queries/company/invites"

export const resolveOpenInviteStepId = "ordo-resolve-open-invite"

/** The open invitation a link's token names (404 when used, expired or withdrawn). Reads only. */
export const resolveOpenInviteStep = createStep(resolveOpenInviteStepId, async (token: string, { container }) => {
  const invite = await openInvite(container, token)
  return new StepResponse({
    id: invite.id,
    email: invite.email,
    role: invite.role,
    spending_limit: invite.spending_limit == null ? null : String(invite.spending_limit),
    company: {
      id: invite.company.id,
      legal_name: invite.company.legal_name,
      currency_code: invite.company.currency_code,
    },
  })
})
