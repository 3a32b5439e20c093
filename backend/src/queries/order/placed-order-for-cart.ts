import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What placing an order answers: the order, and its approval request when it waits for one. */
export type PlacedOrder = {
  order_id: string
  status: "placed" | "requires_approval"
  approval_request_id?: string
}

/** The order a checked-out cart became, and whether it still waits for approval. */
export async function placedOrderForCart(container: MedusaContainer, cartId: string): Promise<PlacedOrder | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  const orderId = data[0]?.order_id as string | undefined
  if (!orderId) return undefined
  const { data: requests } = await query.graph({
    entity: "approval_request",
    fields: ["id", "status"],
    filters: { order_id: orderId, status: "pending" },
  })
  return requests[0]
    ? { order_id: orderId, status: "requires_approval", approval_request_id: requests[0].id as string }
    : { order_id: orderId, status: "placed" }
}
