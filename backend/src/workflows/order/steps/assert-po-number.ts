import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_POLICY, poNumberProblem } from "../../../domain/order-gates"
import type { OrderSource, PlaceOrderInput } from "../types"

export const assertPoNumberStepId = "ordo-assert-po-number"

/**
 * Gate: the purchase-order number, required or optional as the channel's policy says (a
 * quote's own PO number counts), in a form a buyer's accounts department can match.
 * Returns the PO number the order carries. Reads nothing; nothing to undo.
 */
export const assertPoNumberStep = createStep(
  assertPoNumberStepId,
  async ({ input, source }: { input: PlaceOrderInput; source: OrderSource }) => {
    const po =
      (input.po_number ?? "").trim() ||
      source.quote?.po_number ||
      (typeof source.draft?.metadata?.po_number === "string" ? source.draft.metadata.po_number : "")
    const policy = input.approved ? "optional" : CHANNEL_POLICY[input.channel].po_number
    const problem = poNumberProblem(po, policy)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    return new StepResponse(po || null)
  },
)
