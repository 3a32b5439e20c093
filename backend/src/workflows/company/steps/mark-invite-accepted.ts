import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const markInviteAcceptedStepId = "ordo-mark-invite-accepted"

/** The invitation is used up by the customer it made; compensation reopens it. */
export const markInviteAcceptedStep = createStep(
  markInviteAcceptedStepId,
  async (input: { invite_id: string; customer_id: string }, { container }) => {
    await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .updateCompanyInvites({ id: input.invite_id, accepted_at: new Date(), customer_id: input.customer_id } as any)
    return new StepResponse(input.invite_id, input.invite_id)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .updateCompanyInvites({ id, accepted_at: null, customer_id: null } as any)
    }
  },
)
