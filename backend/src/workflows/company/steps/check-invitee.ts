import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const checkInviteeStepId = "ordo-check-invitee"

/** An invitation goes to an address without an account (one with an account is added by staff). Reads only. */
export const checkInviteeStep = createStep(checkInviteeStepId, async (input: { email: string }, { container }) => {
  const email = input.email.trim().toLowerCase()
  const existing = await container.resolve(Modules.CUSTOMER).listCustomers({ email }, { take: 1 })
  if (existing.length)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: this address already has an account")
  return new StepResponse(email)
})
