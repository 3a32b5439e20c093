import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { placeOrderOnAccount } from "../../../../../../workflows/checkout/place-order-on-account"
import type { StoreCheckoutType } from "./validators"

/**
 * One-request checkout for buyers on account: address from the buyer's address book,
 * PO number, freight, manual ("on account") payment, then Medusa's own cart completion
 * (which reserves stock under a lock). Retrying a completed cart returns the same order.
 * An order that the seller's approval rules stop is answered with ordo_status
 * "requires_approval": it exists as a draft and reserves nothing until the last approval.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCheckoutType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const result = await placeOrderOnAccount(req.scope, {
    cart_id: req.params.id,
    customer_id: req.auth_context.actor_id,
    address_id: req.validatedBody.address_id,
    po_number: req.validatedBody.po_number,
  })
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "total", "currency_code", "metadata", "created_at"],
    filters: { id: result.order_id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The order was not found after checkout")
  res.json({
    order: { ...order, ordo_status: result.status === "requires_approval" ? "requires_approval" : order.status },
    approval_request_id: result.approval_request_id ?? null,
  })
}
