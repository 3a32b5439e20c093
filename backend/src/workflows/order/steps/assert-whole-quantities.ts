import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quantityProblems } from "../../../domain/order-gates"
import type { OrderSource } from "../types"

export const assertWholeQuantitiesStepId = "ordo-assert-whole-quantities"

/** Gate: goods are sold in whole units (boxes, coils, pairs), 1 to 100,000 per line. Reads nothing; nothing to undo. */
export const assertWholeQuantitiesStep = createStep(assertWholeQuantitiesStepId, async (source: OrderSource) => {
  const problems = quantityProblems(source.lines)
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  return new StepResponse(undefined)
})
