import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { APPROVAL_EVENTS } from "./events"
import { type RestartApprovalInput, restartApprovalStep } from "./steps/restart-approval"

/**
 * The order changed after it was sent for approval, or a gate now asks for someone who has
 * not approved: the request is superseded and a new one, for the order as it is now, starts
 * at level 1.
 */
export const restartApprovalWorkflow = createWorkflow("ordo-restart-approval", (input: RestartApprovalInput) => {
  const request = restartApprovalStep(input)
  emitEventStep({
    eventName: APPROVAL_EVENTS.requested,
    data: transform({ request }, ({ request }) => ({ id: request.id })),
  })
  return new WorkflowResponse(request)
})
