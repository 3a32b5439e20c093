import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  transferCartCustomerWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { MAX_LINE_QUANTITY } from "../../domain/order-gates"
import { availabilityNote } from "../../domain/stock"
import { buyingAccountOf } from "../../queries/order/buying-account"
import { findStockShortages } from "../../queries/stock/stock-shortages"

/**
 * Ordo's rules inside Medusa's own cart workflows, so they hold whichever route (or webhook)
 * runs them: whole quantities and stock when lines are added or changed; no prices, metadata
 * or promotions a buyer writes; a cart stays in the buyer's company currency and sales channel;
 * and a cart never becomes an order through Medusa's completion — only through Ordo's
 * place-order workflow.
 */

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function assertWholeQuantity(quantity: unknown, minimum: 0 | 1, field: string) {
  if (
    typeof quantity !== "number" ||
    !Number.isInteger(quantity) ||
    quantity < minimum ||
    quantity > MAX_LINE_QUANTITY
  ) {
    throw invalid(
      `${field}: must be a whole number from ${minimum} to ${MAX_LINE_QUANTITY}, got ${JSON.stringify(quantity)}`,
    )
  }
}

function refuseBuyerWritten(item: Record<string, unknown>, field: string) {
  if (item.metadata != null && Object.keys(item.metadata as object).length) {
    throw invalid(`${field}.metadata: line notes are not accepted on cart lines`)
  }
  if (item.unit_price != null) throw invalid(`${field}.unit_price: prices come from your price list`)
}

async function assertStock(
  container: MedusaContainer,
  cartId: string,
  wanted: { variant_id: string; quantity: number }[],
  replacingLineId?: string,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  if (!cart?.sales_channel_id) return
  const ids = [...new Set(wanted.map((w) => w.variant_id))]
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "allow_backorder"],
    filters: { id: ids },
  })
  const byId = new Map((variants as any[]).map((v) => [v.id, v]))
  const already = ((cart.items ?? []) as any[])
    .filter((i) => i && i.id !== replacingLineId && ids.includes(i.variant_id))
    .map((i) => ({ variant_id: i.variant_id, quantity: Number(i.quantity) }))
  const shortages = await findStockShortages(
    query,
    cart.sales_channel_id as string,
    [...wanted, ...already].map((w) => ({
      variant_id: w.variant_id,
      sku: byId.get(w.variant_id)?.sku ?? w.variant_id,
      quantity: w.quantity,
      allow_backorder: !!byId.get(w.variant_id)?.allow_backorder,
    })),
  )
  if (shortages.length) {
    throw refuse(shortages.map((s) => `SKU ${s.sku}: ${s.requested} requested, ${availabilityNote(s)}`).join("; "))
  }
}

/** A buyer's cart is in their company's currency; a customer with no account gets no cart. */
async function assertAccountRegion(
  container: MedusaContainer,
  customerId: string | null | undefined,
  regionId: unknown,
) {
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to order")
  const account = await buyingAccountOf(container, customerId)
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your account is not linked to a company, so it cannot order on account. Ask the seller to open a company account for you.",
    )
  }
  if (regionId && regionId !== account.region_id) {
    throw refuse(
      `region_id: ${account.company_name} buys in ${account.currency_code.toUpperCase()}; carts stay in that currency`,
    )
  }
}

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const body = input as Record<string, any>
  if (body.metadata != null && Object.keys(body.metadata).length) throw invalid("metadata: not accepted on carts")
  if (body.promo_codes?.length) throw invalid("promo_codes: promotions do not apply to on-account orders")
  await assertAccountRegion(container, body.customer_id, body.region_id)
  for (const [i, item] of (body.items ?? []).entries()) {
    assertWholeQuantity(item.quantity, 1, `items.${i}.quantity`)
    refuseBuyerWritten(item, `items.${i}`)
  }
})

updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const body = input as Record<string, any>
  const current = cart as Record<string, any>
  if (body.metadata !== undefined) throw invalid("metadata: not accepted on carts")
  if (body.promo_codes?.length) throw invalid("promo_codes: promotions do not apply to on-account orders")
  if (body.sales_channel_id && body.sales_channel_id !== current.sales_channel_id) {
    throw refuse("sales_channel_id: a cart stays in the channel it was opened in")
  }
  if (body.customer_id && current.customer_id && body.customer_id !== current.customer_id) {
    throw refuse("customer_id: a cart belongs to the buyer who opened it")
  }
  if (body.region_id && body.region_id !== current.region_id) {
    await assertAccountRegion(container, current.customer_id, body.region_id)
  }
})

transferCartCustomerWorkflow.hooks.validate(async ({ input, cart }) => {
  const current = cart as Record<string, any>
  if (current.customer_id && current.customer_id !== (input as any).customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${current.id} was not found`)
  }
})

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = ((input as any).items ?? []) as Record<string, any>[]
  items.forEach((item, i) => {
    assertWholeQuantity(item.quantity, 1, items.length > 1 ? `items.${i}.quantity` : "quantity")
    refuseBuyerWritten(item, items.length > 1 ? `items.${i}` : "line")
  })
  await assertStock(
    container,
    (input as any).cart_id,
    items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity })),
  )
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const body = input as Record<string, any>
  const update = (body.update ?? {}) as Record<string, any>
  assertWholeQuantity(update.quantity, 0, "quantity")
  refuseBuyerWritten(update, "line")
  if (update.quantity === 0) return
  const line = ((cart as any)?.items ?? []).find((i: any) => i?.id === body.item_id)
  const variantId = line?.variant_id
  if (!variantId) return
  await assertStock(container, body.cart_id, [{ variant_id: variantId, quantity: update.quantity }], line.id)
})

completeCartWorkflow.hooks.validate(async () => {
  throw refuse(
    "Orders are placed through Ordo's checkout (POST /store/ordo/carts/{id}/checkout), which runs the approval, credit and stock checks",
  )
})
