import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa serves carts to anyone who knows their id (guest carts). In Ordo a cart belongs to
 * the signed-in buyer who opened it: another buyer's cart id answers 404, exactly like a
 * missing one, for reading, editing, taking it over or paying for it. Runs after
 * authenticate("customer").
 */
export async function ownCartOnly(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as AuthenticatedMedusaRequest
  const cartId = req.params.id
  if (!cartId) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: cartId } })
  if (!cart || cart.customer_id !== req.auth_context.actor_id) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`))
  }
  next()
}

/** A payment collection is only reachable through the buyer's own cart. */
export async function ownPaymentCollectionOnly(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as AuthenticatedMedusaRequest
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const collectionId = req.params.id
  const cartId = (req.body as { cart_id?: unknown } | undefined)?.cart_id
  let owner: string | null | undefined
  if (collectionId) {
    const { data } = await query.graph({
      entity: "payment_collection",
      fields: ["id", "cart.customer_id"],
      filters: { id: collectionId },
    })
    owner = (data[0] as any)?.cart?.customer_id
  } else if (typeof cartId === "string") {
    const { data } = await query.graph({ entity: "cart", fields: ["customer_id"], filters: { id: cartId } })
    owner = (data[0] as any)?.customer_id
  } else {
    return next()
  }
  if (!owner || owner !== req.auth_context.actor_id) {
    return next(
      new MedusaError(MedusaError.Types.NOT_FOUND, `${collectionId ? "Payment collection" : "Cart"} was not found`),
    )
  }
  next()
}

/** A core store route Ordo does not offer: a 4xx that says what to do instead. */
export const refuseWith = (message: string) => (_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) =>
  next(new MedusaError(MedusaError.Types.NOT_ALLOWED, message))
