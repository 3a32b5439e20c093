import { buyerRequest, requireRegion } from "./buyer.server"
import { MedusaError } from "./medusa.server"
import { getSession } from "./session.server"
import type { Cart } from "./types"

export const CART_FIELDS =
  "id,currency_code,completed_at,total,subtotal,tax_total,shipping_total,item_total,*items,items.variant_sku,items.product_title,items.variant_title,items.unit_price,items.quantity,items.subtotal,items.total"

/** Returns the session's open cart, or null when there is none or it was completed/removed. */
export async function fetchOpenCart(
  request: Request,
  cartId: string | undefined,
  fields = CART_FIELDS,
): Promise<Cart | null> {
  if (!cartId) return null
  try {
    const { cart } = await buyerRequest<{ cart: Cart }>(request, `/store/carts/${encodeURIComponent(cartId)}`, {
      query: { fields },
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof MedusaError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/**
 * Reuses the session's cart when it is still open, otherwise creates one in the buyer's
 * region. The caller must commit the session because the cart id may have changed.
 */
export async function ensureCart(
  request: Request,
): Promise<{ cartId: string; session: Awaited<ReturnType<typeof getSession>> }> {
  const session = await getSession(request)
  const existing = await fetchOpenCart(request, session.get("cart_id"), "id,completed_at")
  if (existing) return { cartId: existing.id, session }
  const { regionId } = await requireRegion(request)
  // The bearer token makes Medusa attach the new cart to the customer.
  const { cart } = await buyerRequest<{ cart: Cart }>(request, "/store/carts", {
    method: "POST",
    body: { region_id: regionId },
  })
  session.set("cart_id", cart.id)
  return { cartId: cart.id, session }
}
