import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_DAYS, inviteToken } from "../../../domain/company-buyers"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const createCompanyInviteStepId = "ordo-create-company-invite"

/**
 * An invitation with a fresh token: only its hash is stored; the token itself is returned once,
 * for the link. Compensation deletes the invitation.
 */
export const createCompanyInviteStep = createStep(
  createCompanyInviteStepId,
  async (
    input: { company_id: string; email: string; role: string; spending_limit?: string | null; invited_by: string },
    { container },
  ) => {
    const { token, token_hash } = inviteToken()
    const invite = await container.resolve<CompanyModuleService>(COMPANY_MODULE).createCompanyInvites({
      ...input,
      spending_limit: input.spending_limit ?? null,
      token_hash,
      expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    } as any)
    const { token_hash: _hidden, ...visible } = invite as Record<string, unknown>
    return new StepResponse({ invite: visible as { id: string } & Record<string, unknown>, token }, invite.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCompanyInvites(id)
  },
)
