import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findStockShortages, shortageMessage } from "../../../lib/buyer"
import { MAX_QUANTITY } from "../../../lib/order-lines"

/**
 * Wholesale goods are sold in whole units (boxes, coils, pairs). Medusa's own line-item
 * routes accept fractional quantities such as 1.5, so Ordo refuses them before Medusa runs.
 * `minimum` is 1 when adding and 0 when updating (0 removes the line).
 */
export const wholeQuantities =
  (minimum: 0 | 1) => (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const quantity = (req.body as { quantity?: unknown } | undefined)?.quantity
    if (quantity === undefined) return next()
    if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < minimum || quantity > MAX_QUANTITY) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `quantity: must be a whole number from ${minimum} to ${MAX_QUANTITY}, got ${JSON.stringify(quantity)}`,
        ),
      )
    }
    next()
  }

const LINE_ITEMS = /^\/store\/carts\/([^/]+)\/line-items(?:\/([^/?]+))?(?:\?.*)?$/

/**
 * Refuses an add to cart or a quantity change beyond what one warehouse can ship, naming the
 * SKU and what is left. Medusa's own cart check counts stock over all warehouses (and answers
 * "Some variant does not have the required inventory"), while an order line is reserved at a
 * single one; telling the buyer at add time beats a refusal at checkout.
 */
export async function refuseStockShortfall(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const match = LINE_ITEMS.exec(req.originalUrl)
  if (!match) return next()
  const message = await describeShortage(req, match[1], match[2])
  if (message) return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, message))
  next()
}

async function describeShortage(req: MedusaRequest, cartId: string, lineId?: string) {
  const body = req.body as { variant_id?: unknown; quantity?: unknown } | undefined
  if (typeof body?.quantity !== "number" || body.quantity <= 0) return undefined
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.id", "items.variant_id", "items.variant_sku", "items.quantity"],
    filters: { id: cartId },
  })
  if (!cart?.sales_channel_id) return undefined
  const items = (cart.items ?? []).filter(Boolean) as any[]
  const variantId = lineId ? items.find((i) => i.id === lineId)?.variant_id : body.variant_id
  if (typeof variantId !== "string") return undefined
  const {
    data: [variant],
  } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { id: variantId } })
  // Adding merges into the line already in the cart; an update replaces that line's quantity.
  const already = lineId
    ? 0
    : items.filter((i) => i.variant_id === variantId).reduce((sum, i) => sum + Number(i.quantity), 0)
  const shortages = await findStockShortages(query, cart.sales_channel_id, [
    { variant_id: variantId, sku: variant?.sku ?? variantId, quantity: body.quantity + already },
  ])
  return shortages.length ? shortageMessage(shortages) : undefined
}
