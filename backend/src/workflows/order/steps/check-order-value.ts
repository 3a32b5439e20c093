import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firingRules, type GateFacts } from "../../../queries/approval/firing-rules"

export const checkOrderValueStepId = "ordo-check-order-value"

/** Gate: the order's value against the seller's thresholds, in the order's currency (orders are always in the company's currency, so no amount is compared across currencies). Returns the rules that fire; reads only. */
export const checkOrderValueStep = createStep(checkOrderValueStepId, async (facts: GateFacts, { container }) => {
  return new StepResponse(await firingRules(container, ["order_total_above"], facts))
})
