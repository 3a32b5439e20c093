import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { convertDraftOrderWorkflow, createOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { type CreateApprovalRequestInput, createApprovalRequestStep } from "../approval/steps/create-approval-request"
import { APPROVAL_EVENTS } from "../approval/workflows"

/**
 * A staff-entered order placed at once: Medusa creates it as a draft order and converts it,
 * which reserves the stock and emits `order.placed`. If converting fails (stock gone), the
 * draft is rolled back with it: nothing is left behind. The caller holds the stock locks.
 */
export const placeStaffOrderWorkflow = createWorkflow(
  "ordo-place-staff-order",
  (input: { order: Record<string, unknown> }) => {
    const order = createOrderWorkflow.runAsStep({ input: input.order as any })
    const id = transform({ order }, ({ order }) => ({ id: order.id as string }))
    convertDraftOrderWorkflow.runAsStep({ input: id })
    return new WorkflowResponse(id)
  },
)

/** A staff-entered order that needs approval waits as a draft order with its request, like a buyer's. */
export const staffOrderForApprovalWorkflow = createWorkflow(
  "ordo-staff-order-for-approval",
  (input: { order: Record<string, unknown>; request: Omit<CreateApprovalRequestInput, "order_id"> }) => {
    const order = createOrderWorkflow.runAsStep({ input: input.order as any })
    const requestInput = transform({ order, input }, ({ order, input }) => ({ ...input.request, order_id: order.id }))
    const request = createApprovalRequestStep(requestInput)
    const event = transform({ request }, ({ request }) => ({ id: request.id }))
    emitEventStep({ eventName: APPROVAL_EVENTS.requested, data: event })
    const result = transform({ order, request }, ({ order, request }) => ({
      id: order.id as string,
      approval_request_id: request.id as string,
    }))
    return new WorkflowResponse(result)
  },
)
