import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buyerScope } from "../../../queries/company/buyer-scope"

/**
 * Medusa's store order detail answers anyone who knows an order id (it serves guest
 * confirmations). B2B buyers must see only their company's orders: another company's order
 * id answers 404, exactly like an order that does not exist.
 */
export async function companyOrdersOnly(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Runs after authenticate("customer"), so the auth context is always there.
  const req = request as AuthenticatedMedusaRequest
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!order || !scope.customer_ids.includes(order.customer_id as string)) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`))
  }
  next()
}
