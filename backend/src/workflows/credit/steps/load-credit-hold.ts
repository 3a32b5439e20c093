import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

export const loadCreditHoldStepId = "ordo-load-credit-hold"

/** Whether the company's account is on hold now (before a change). Reads only. */
export const loadCreditHoldStep = createStep(
  loadCreditHoldStepId,
  async (input: { company_id: string }, { container }) => {
    const [account] = await container
      .resolve<CreditModuleService>(CREDIT_MODULE)
      .listCreditAccounts({ company_id: input.company_id })
    return new StepResponse({ on_hold: !!account?.on_hold })
  },
)
