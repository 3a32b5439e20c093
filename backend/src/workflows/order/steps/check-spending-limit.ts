import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firingRules, type GateFacts } from "../../../queries/approval/firing-rules"

export const checkSpendingLimitStepId = "ordo-check-spending-limit"

/** Gate: the buyer's per-order spending limit, in the company's currency. Returns the rules that fire; reads only. */
export const checkSpendingLimitStep = createStep(checkSpendingLimitStepId, async (facts: GateFacts, { container }) => {
  return new StepResponse(await firingRules(container, ["buyer_over_spending_limit"], facts))
})
