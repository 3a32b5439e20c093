import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * An order waiting for approval is a Medusa draft order, so Medusa's own draft-order screens
 * could convert or edit it behind the approvers' backs. While its approval request is pending
 * (or after it was rejected) those routes refuse; decisions go through Approvals.
 */
export async function refuseWhileAwaitingApproval(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "approval_request",
    fields: ["id", "status"],
    filters: { order_id: req.params.id, status: ["pending", "rejected"] },
  })
  if (data.length) {
    return next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        data[0].status === "pending"
          ? "This order is waiting for approval; approve or reject it under Approvals"
          : "This order's approval was rejected; it cannot be placed",
      ),
    )
  }
  next()
}
