import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_CHANNELS, type OrderChannel } from "../../../domain/order-gates"
import { waitingOrder } from "../../../queries/order/approved-order"
import type { PlaceOrderInput } from "../../order/types"

export const compareWaitingOrderStepId = "ordo-compare-waiting-order"

/**
 * The waiting order as its approvers see it now: whether it still is what was sent for approval
 * (its fingerprint), and how the last approval would place it. Reads only.
 */
export const compareWaitingOrderStep = createStep(
  compareWaitingOrderStepId,
  async (
    input: { order_id: string; request_id: string; fingerprint: string | null; approved_roles: string[] },
    { container },
  ) => {
    const { order, fingerprint } = await waitingOrder(container, input.order_id)
    const channel: OrderChannel = ORDER_CHANNELS.includes(order.metadata?.ordo_channel)
      ? order.metadata.ordo_channel
      : "storefront"
    const place: PlaceOrderInput = {
      channel,
      customer_id: order.customer_id,
      sales_channel_id: order.sales_channel_id,
      approved: { order_id: order.id, request_id: input.request_id, approved_roles: input.approved_roles },
    }
    return new StepResponse({
      changed: !!input.fingerprint && input.fingerprint !== fingerprint,
      fingerprint,
      order_total: String(order.total),
      place,
    })
  },
)
