import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { findStockShortages, shortageMessage } from "../../lib/buyer"

export type PlaceOrderOnAccountInput = {
  cart_id: string
  customer_id: string
  address_id: string
  po_number: string
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

/**
 * Places a buyer's cart as an order "on account" by running Medusa's own cart workflows in
 * order: update (address, PO number) → freight shipping method → manual payment session →
 * completeCartWorkflow. Each is a core workflow with its own compensation; only the last
 * one touches stock and money, and it reserves stock under a lock per inventory item, so
 * concurrent checkouts cannot oversell. A cart that is already completed returns its order,
 * which makes a retried or double-submitted checkout safe.
 */
export async function placeOrderOnAccount(container: MedusaContainer, input: PlaceOrderOnAccountInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "completed_at",
      "sales_channel_id",
      "metadata",
      "items.id",
      "items.quantity",
      "items.variant_id",
      "items.variant_sku",
      "items.variant.allow_backorder",
      "payment_collection.id",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.status",
    ],
    filters: { id: input.cart_id },
  })
  if (!cart || cart.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} not found`)
  }
  if (cart.completed_at) {
    const orderId = await orderIdForCart(query, cart.id)
    if (orderId) return { order_id: orderId, already_placed: true }
  }
  const items = (cart.items ?? []).filter(Boolean) as any[]
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Your cart is empty: add products before checking out")
  }

  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "addresses.*"],
    filters: { id: input.customer_id },
  })
  const address = (customer?.addresses ?? []).find((a: any) => a?.id === input.address_id)
  if (!address) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "address_id: this address is not in your address book")
  }

  const shortages = await findStockShortages(
    query,
    cart.sales_channel_id as string,
    items.map((i) => ({
      variant_id: i.variant_id,
      sku: i.variant_sku,
      quantity: Number(i.quantity),
      allow_backorder: i.variant?.allow_backorder,
    })),
  )
  if (shortages.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortageMessage(shortages))

  const orderAddress = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, address[f] ?? undefined]))
  await updateCartWorkflow(container).run({
    input: {
      id: cart.id,
      email: customer.email,
      shipping_address: orderAddress,
      billing_address: orderAddress,
      metadata: { ...(cart.metadata ?? {}), po_number: input.po_number, payment_terms: "on_account" },
    },
  })

  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({
    input: { cart_id: cart.id, is_return: false },
  })
  const option = (options as any[])
    .filter((o) => !o.insufficient_inventory)
    .sort(
      (a, b) => Number(a.calculated_price?.calculated_amount ?? 0) - Number(b.calculated_price?.calculated_amount ?? 0),
    )[0]
  if (!option) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No freight option delivers to this address")
  }
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })

  let paymentCollectionId = cart.payment_collection?.id as string | undefined
  if (!paymentCollectionId) {
    const { result } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    paymentCollectionId = (Array.isArray(result) ? result[0] : result).id as string
  }
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: paymentCollectionId, provider_id: "pp_system_default" },
  })

  try {
    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    return { order_id: result.id, already_placed: false }
  } catch (e: any) {
    // Lost the race for the last units between our check and the locked reservation. Medusa
    // reports that as "Not enough stock…" with inventory item ids, or, when the failure
    // surfaces through the workflow engine's compensation, with a transaction-state message;
    // either way the buyer is told which SKU fell short and what is left.
    const again = await findStockShortages(
      query,
      cart.sales_channel_id as string,
      items.map((i) => ({ variant_id: i.variant_id, sku: i.variant_sku, quantity: Number(i.quantity) })),
    )
    if (again.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortageMessage(again))
    if (/Not enough stock available|does not have the required inventory/i.test(String(e?.message))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Some items are no longer available in the quantity ordered")
    }
    throw e
  }
}

async function orderIdForCart(query: any, cartId: string): Promise<string | undefined> {
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data[0]?.order_id
}
