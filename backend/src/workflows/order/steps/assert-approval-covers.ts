import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../domain/errors"

export const assertApprovalCoversStepId = "ordo-assert-approval-covers"

/**
 * The last approval re-runs every gate: if a rule now needs a role that has not approved
 * (the company went on hold, a limit was lowered), the approval starts again with the new
 * reasons instead of converting. Reads nothing; nothing to undo.
 */
export const assertApprovalCoversStep = createStep(
  assertApprovalCoversStepId,
  async (decision: {
    approved: boolean
    uncovered: string[]
    chain: string[]
    reasons: string[]
    order_total: string
  }) => {
    if (decision.approved && decision.uncovered.length) {
      throw Object.assign(
        conflict(`New approvals are needed before this order can be placed: ${decision.reasons.join("; ")}`),
        { ordo_restart_approval: true, ordo_chain: decision.chain, ordo_order_total: decision.order_total },
      )
    }
    return new StepResponse(undefined)
  },
)
