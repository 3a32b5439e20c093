import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { addBuyerWorkflow } from "./add-buyer"
import { markInviteAcceptedStep } from "./steps/mark-invite-accepted"
import { registerInviteeStep } from "./steps/register-invitee"
import { resolveOpenInviteStep } from "./steps/resolve-open-invite"

/**
 * The invitee sets their name and password: a login, a customer account, a buyer of the company
 * with the invited role and limit, in its price group; the invitation is used up. All or
 * nothing: a failure leaves no half-made account, and the link can be used again.
 */
export const acceptInviteWorkflow = createWorkflow(
  "ordo-accept-invite",
  (input: { token: string; first_name: string; last_name: string; password: string }) => {
    const invite = resolveOpenInviteStep(transform({ input }, ({ input }) => input.token))
    const authIdentityId = registerInviteeStep(
      transform({ input, invite }, ({ input, invite }) => ({ email: invite.email, password: input.password })),
    )
    const customer = createCustomerAccountWorkflow.runAsStep({
      input: transform({ input, invite, authIdentityId }, ({ input, invite, authIdentityId }) => ({
        authIdentityId,
        customerData: {
          email: invite.email,
          first_name: input.first_name,
          last_name: input.last_name,
          metadata: { company: invite.company.legal_name, currency_code: invite.company.currency_code },
        },
      })),
    })
    addBuyerWorkflow.runAsStep({
      input: transform({ invite, customer }, ({ invite, customer }) => ({
        company_id: invite.company.id,
        customer_id: customer.id,
        role: invite.role,
        spending_limit: invite.spending_limit,
      })),
    })
    markInviteAcceptedStep(
      transform({ invite, customer }, ({ invite, customer }) => ({ invite_id: invite.id, customer_id: customer.id })),
    )
    return new WorkflowResponse(
      transform({ invite, customer }, ({ invite, customer }) => ({ customer_id: customer.id, email: invite.email })),
    )
  },
)
