import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setLayoutConfigurationStep } from "@medusajs/medusa/core-flows"

/** The order page's zone and the approval card's widget id (backend/src/admin/widgets/order-approval.tsx). */
export const ORDER_PAGE_ZONE = "order.details"
export const APPROVAL_CARD_WIDGET = "widget:ordo-order-approval"

/**
 * Medusa 2.21 lays the order page out from a layout preference and puts widgets after its own cards
 * unless the preference orders them: the store-wide default puts Ordo's PO-and-approval card first,
 * so a waiting order is the first thing staff see. Each person can still rearrange their own view.
 */
export const putApprovalCardFirstWorkflow = createWorkflow("ordo-put-approval-card-first", () => {
  const layout = setLayoutConfigurationStep(
    transform({}, () => ({
      zone: ORDER_PAGE_ZONE,
      user_id: "",
      is_default: true,
      configuration: { widgets: { [APPROVAL_CARD_WIDGET]: { order: -1 } } },
    })),
  )
  return new WorkflowResponse(layout)
})
