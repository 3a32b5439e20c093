import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { placeOrderWorkflow } from "../order/place-order"
import type { PlaceOrderInput } from "../order/types"
import { type RecordApprovalDecisionInput, recordApprovalDecisionStep } from "./steps/record-approval-decision"
import { type RestartApprovalInput, restartApprovalStep } from "./steps/restart-approval"
import { cancelRejectedOrderStep } from "./steps/set-draft-order-status"

export const APPROVAL_EVENTS = {
  requested: "ordo.approval.requested",
  decided: "ordo.approval.decided",
} as const

type DecideInput = RecordApprovalDecisionInput & {
  order_id: string
  /** The last approval: the waiting order goes through the place-order workflow. */
  place?: PlaceOrderInput
}

/**
 * One decision on one level. The last approval places the waiting draft through the
 * place-order workflow — every gate again, stock under lock, Medusa's draft conversion — and
 * if anything there fails, the decision is undone with it. A rejection cancels the draft.
 * The caller holds the request's lock.
 */
export const decideApprovalWorkflow = createWorkflow("ordo-decide-approval", (input: DecideInput) => {
  const decision = recordApprovalDecisionStep(input)
  when("ordo-approval-final", input, (i) => i.decision === "approved" && i.final && !!i.place).then(() => {
    const place = transform({ input }, ({ input }) => input.place as PlaceOrderInput)
    placeOrderWorkflow.runAsStep({ input: place })
  })
  when("ordo-approval-rejected", input, (i) => i.decision === "rejected").then(() => {
    const reason = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      reason: input.comment || "Rejected",
    }))
    cancelRejectedOrderStep(reason)
  })
  const event = transform({ input }, ({ input }) => ({ id: input.request_id, decision: input.decision }))
  emitEventStep({ eventName: APPROVAL_EVENTS.decided, data: event })
  return new WorkflowResponse(decision)
})

/**
 * The order changed after it was sent for approval, or a gate now asks for someone who has
 * not approved: the request is superseded and a new one, for the order as it is now, starts
 * at level 1.
 */
export const restartApprovalWorkflow = createWorkflow("ordo-restart-approval", (input: RestartApprovalInput) => {
  const request = restartApprovalStep(input)
  const event = transform({ request }, ({ request }) => ({ id: request.id }))
  emitEventStep({ eventName: APPROVAL_EVENTS.requested, data: event })
  return new WorkflowResponse(request)
})
