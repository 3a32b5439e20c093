import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firingRules, type GateFacts } from "../../../queries/approval/firing-rules"

export const checkDiscountsStepId = "ordo-check-discounts"

/** Gate: lines priced further below the list price than the seller allows (a typed staff price, a quote). Returns the rules that fire; reads only. */
export const checkDiscountsStep = createStep(checkDiscountsStepId, async (facts: GateFacts, { container }) => {
  return new StepResponse(await firingRules(container, ["line_discount_above"], facts))
})
