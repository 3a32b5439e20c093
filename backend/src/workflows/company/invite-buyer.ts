import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BuyerRole } from "../../domain/company-buyers"
import { notifyStep } from "../common/steps/notify"
import { checkInviteeStep } from "./steps/check-invitee"
import { createCompanyInviteStep } from "./steps/create-company-invite"
import { loadCompanyStep } from "./steps/load-company"

/**
 * A company admin invites a colleague by e-mail: an invitation whose link (valid 7 days) is
 * mailed in the company's language and also returned, to share by hand.
 */
export const inviteBuyerWorkflow = createWorkflow(
  "ordo-invite-buyer",
  (input: {
    company_id: string
    email: string
    role: BuyerRole
    spending_limit?: string | null
    invited_by: string
    storefront_url: string
  }) => {
    const email = checkInviteeStep(input)
    const company = loadCompanyStep(transform({ input }, ({ input }) => input.company_id))
    const created = createCompanyInviteStep(
      transform({ input, email }, ({ input, email }) => ({
        company_id: input.company_id,
        email,
        role: input.role,
        spending_limit: input.spending_limit,
        invited_by: input.invited_by,
      })),
    )
    const acceptUrl = transform(
      { input, created },
      ({ input, created }) => `${input.storefront_url}/invite/${created.token}`,
    )
    notifyStep(
      transform({ input, email, company, created, acceptUrl }, ({ input, email, company, created, acceptUrl }) => ({
        to: { email },
        template: "ordo-company-invite",
        data: { company_name: company.legal_name, accept_url: acceptUrl, role: input.role, locale: company.locale },
        idempotency_key: `ordo-company-invite:${created.invite.id}`,
      })),
    )
    return new WorkflowResponse(
      transform({ created, acceptUrl }, ({ created, acceptUrl }) => ({
        invite: created.invite,
        accept_url: acceptUrl,
      })),
    )
  },
)
