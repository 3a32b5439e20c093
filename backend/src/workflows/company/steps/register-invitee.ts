import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const registerInviteeStepId = "ordo-register-invitee"

/** The invitee's login (e-mail and password); compensation removes it, so the link can be used again. */
export const registerInviteeStep = createStep(
  registerInviteeStepId,
  async (input: { email: string; password: string }, { container }) => {
    const { success, authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
      body: { email: input.email, password: input.password },
    } as any)
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "could not create the account"}`)
    }
    return new StepResponse(authIdentity.id as string, authIdentity.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  },
)
