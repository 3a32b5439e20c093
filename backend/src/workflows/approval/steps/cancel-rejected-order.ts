import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const cancelRejectedOrderStepId = "ordo-cancel-rejected-order"

/** A rejected approval cancels the waiting (draft) order and keeps the reason on it. */
export const cancelRejectedOrderStep = createStep(
  cancelRejectedOrderStepId,
  async (input: { order_id: string; reason: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const before = await orders.retrieveOrder(input.order_id, { select: ["id", "status", "metadata", "canceled_at"] })
    await orders.updateOrders(input.order_id, {
      status: "canceled",
      metadata: { ...(before.metadata ?? {}), ordo_approval: "rejected", rejection_reason: input.reason },
    } as any)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container
      .resolve(Modules.ORDER)
      .updateOrders(before.id, { status: before.status, metadata: before.metadata ?? null } as any)
  },
)
