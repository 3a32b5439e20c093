import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  convertDraftOrderWorkflow,
  createOrderWorkflow,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { type CreateApprovalRequestInput, createApprovalRequestStep } from "./steps/create-approval-request"
import { type RecordApprovalDecisionInput, recordApprovalDecisionStep } from "./steps/record-approval-decision"
import { cancelRejectedOrderStep, markCartCompletedStep } from "./steps/set-draft-order-status"

export const APPROVAL_EVENTS = {
  requested: "ordo.approval.requested",
  decided: "ordo.approval.decided",
} as const

type PlaceForApprovalInput = {
  cart_id: string
  order: Record<string, unknown>
  request: Omit<CreateApprovalRequestInput, "order_id">
}

/**
 * An order that needs approval: created as a Medusa draft order (no stock reserved, not
 * fulfillable), its cart completed and linked to it, and an approval request opened. Each
 * step undoes itself if a later one fails.
 */
export const placeOrderForApprovalWorkflow = createWorkflow(
  "ordo-place-order-for-approval",
  (input: PlaceForApprovalInput) => {
    const order = createOrderWorkflow.runAsStep({ input: input.order as any })
    markCartCompletedStep(input.cart_id)
    const links = transform({ order, input }, ({ order, input }) => [
      { [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: input.cart_id } },
    ])
    createRemoteLinkStep(links)
    const requestInput = transform({ order, input }, ({ order, input }) => ({ ...input.request, order_id: order.id }))
    const request = createApprovalRequestStep(requestInput)
    const event = transform({ request }, ({ request }) => ({ id: request.id }))
    emitEventStep({ eventName: APPROVAL_EVENTS.requested, data: event })
    const result = transform({ order, request }, ({ order, request }) => ({
      order_id: order.id as string,
      approval_request_id: request.id as string,
    }))
    return new WorkflowResponse(result)
  },
)

type DecideInput = RecordApprovalDecisionInput & { order_id: string }

/**
 * One decision on one level. The last approval converts the draft into a real order, which
 * reserves its stock (Medusa's convertDraftOrderWorkflow); a rejection cancels it. The caller
 * holds the request's lock and, for a last approval, the stock locks.
 */
export const decideApprovalWorkflow = createWorkflow("ordo-decide-approval", (input: DecideInput) => {
  const decision = recordApprovalDecisionStep(input)
  when("ordo-approval-final", input, (i) => i.decision === "approved" && i.final).then(() => {
    convertDraftOrderWorkflow.runAsStep({ input: { id: input.order_id } })
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
