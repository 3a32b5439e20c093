import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { placedOrderForCart } from "../../../../../../queries/order/placed-order-for-cart"
import { placeOrderWorkflow } from "../../../../../../workflows/order/place-order"
import { storeSalesChannelId } from "../../../../sales-channel"
import type { StoreCheckoutType } from "./validators"

/**
 * Checkout on account: the buyer's cart through Ordo's place-order workflow (address from the
 * address book, PO number, freight, approval and credit rules, stock under lock). Retrying a
 * checked-out cart returns the same order. An order the approval rules stop is answered with
 * ordo_status "requires_approval": it waits as a draft and reserves nothing until approved.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCheckoutType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cartId = req.params.id
  let placed = await placedOrderForCart(req.scope, cartId)
  if (!placed) {
    try {
      const { result } = await placeOrderWorkflow(req.scope).run({
        input: {
          channel: "storefront",
          customer_id: req.auth_context.actor_id,
          sales_channel_id: storeSalesChannelId(req),
          cart_id: cartId,
          address_id: req.validatedBody.address_id,
          po_number: req.validatedBody.po_number,
          requested_delivery_date: req.validatedBody.requested_delivery_date || null,
          note: req.validatedBody.note || null,
        },
      })
      placed = result
    } catch (e) {
      // A double submit: the other request placed it meanwhile.
      placed = await placedOrderForCart(req.scope, cartId)
      if (!placed) throw e
    }
  }
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "total", "currency_code", "metadata", "created_at", "customer_id"],
    filters: { id: placed.order_id },
  })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} not found`)
  }
  const { customer_id: _c, ...shown } = order
  res.json({
    order: { ...shown, ordo_status: placed.status === "requires_approval" ? "requires_approval" : order.status },
    approval_request_id: placed.approval_request_id ?? null,
  })
}
