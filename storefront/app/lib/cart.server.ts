import { buyerRequest, requireRegion } from "./buyer.server"
import { getLang } from "./lang.server"
import { MedusaError } from "./medusa.server"
import { getSession } from "./session.server"
import type { Cart } from "./types"

export const CART_FIELDS =
  "id,currency_code,completed_at,total,subtotal,tax_total,shipping_total,discount_total,item_total,*items,items.variant_sku,items.product_id,items.product_title,items.variant_title,items.unit_price,items.quantity,items.is_tax_inclusive,items.tax_total,items.subtotal,items.total"

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

/**
 * For a Chinese-reading buyer, the cart's lines carry their products' Chinese names
 * (`title_zh` from product metadata): Medusa's cart keeps only the English title.
 */
export async function withChineseTitles(request: Request, cart: Cart | null): Promise<Cart | null> {
  if (!cart?.items?.length || getLang(request) !== "zh-CN") return cart
  const ids = [...new Set(cart.items.map((i) => i.product_id).filter((x): x is string => Boolean(x)))]
  if (!ids.length) return cart
  const { products } = await buyerRequest<{ products: { id: string; metadata?: Record<string, unknown> | null }[] }>(
    request,
    "/store/products",
    { query: { id: ids, fields: "id,metadata", limit: ids.length } },
  )
  const zh = new Map(products.map((p) => [p.id, p.metadata?.title_zh]))
  return {
    ...cart,
    items: cart.items.map((i) => {
      const title = i.product_id ? zh.get(i.product_id) : undefined
      return typeof title === "string" && title ? { ...i, title_zh: title } : i
    }),
  }
}
