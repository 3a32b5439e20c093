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

/**
 * Names the SKU and what is left when an add to cart asks for more than is available
 * (Medusa answers "Some variant does not have the required inventory").
 */
export async function stockNamedBySku(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { variant_id?: unknown; quantity?: unknown } | undefined
  if (typeof body?.variant_id !== "string" || typeof body.quantity !== "number") return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, { data: variants }] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: ["id", "sales_channel_id", "items.variant_id", "items.quantity"],
      filters: { id: req.params.id },
    }),
    query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "allow_backorder"],
      filters: { id: body.variant_id },
    }),
  ])
  const cart = carts[0]
  const variant = variants[0]
  if (!cart?.sales_channel_id || !variant) return next()
  const already = (cart.items ?? [])
    .filter((i: any) => i?.variant_id === variant.id)
    .reduce((sum: number, i: any) => sum + Number(i.quantity), 0)
  const shortages = await findStockShortages(query, cart.sales_channel_id, [
    {
      variant_id: variant.id,
      sku: variant.sku ?? variant.id,
      quantity: body.quantity + already,
      allow_backorder: variant.allow_backorder,
    },
  ])
  if (shortages.length) return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, shortageMessage(shortages)))
  next()
}
