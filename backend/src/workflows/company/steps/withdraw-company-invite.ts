import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const withdrawCompanyInviteStepId = "ordo-withdraw-company-invite"

/** Withdraws an invitation of the company that was not accepted (404 otherwise); compensation restores it. */
export const withdrawCompanyInviteStep = createStep(
  withdrawCompanyInviteStepId,
  async (input: { company_id: string; invite_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [invite] = await companies.listCompanyInvites({ id: input.invite_id, company_id: input.company_id } as any)
    if (!invite || invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite with id: ${input.invite_id} was not found`)
    }
    await companies.softDeleteCompanyInvites([invite.id])
    return new StepResponse(invite.id as string, invite.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreCompanyInvites([id])
  },
)
