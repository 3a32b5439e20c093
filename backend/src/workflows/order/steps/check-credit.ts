import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firingRules, type GateFacts } from "../../../queries/approval/firing-rules"
import { creditExposure } from "../../../queries/receivables/exposure"
import type { BuyingAccount } from "../types"

export const checkCreditStepId = "ordo-check-credit"

/**
 * Gate: the company's credit limit (open invoices + placed, uninvoiced orders − its credit,
 * plus this order) and credit hold, in the company's currency. Returns the rules that fire;
 * reads only.
 */
export const checkCreditStep = createStep(
  checkCreditStepId,
  async ({ facts, account }: { facts: GateFacts; account: BuyingAccount }, { container }) => {
    const exposure = await creditExposure(container, account.company_id)
    return new StepResponse(
      await firingRules(container, ["company_over_credit_limit", "company_on_hold"], {
        ...facts,
        credit: { limit: account.credit.credit_limit, exposure: exposure.exposure, on_hold: account.credit.on_hold },
      }),
    )
  },
)
