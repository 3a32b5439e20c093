import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
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
 * Places a buyer's cart as an order "on account": address and PO number onto the cart, then
 * Medusa's own cart workflows in order: freight shipping method (which re-prices and re-taxes
 * the cart) → manual payment session → completeCartWorkflow. Each is a core workflow with its own compensation; only the last
 * one touches stock and money. A cart that is already completed returns its order, which
 * makes a retried or double-submitted checkout safe.
 *
 * Stock: the availability check and completeCartWorkflow run together under one lock per
 * inventory item (Medusa's locking module: in-memory, or Redis across processes). Medusa
 * itself only locks the reservation step, which runs after the order row is written and gives
 * up after 5 s of waiting; a buyer who lost the race for the last units then got an order
 * whose compensation could fail and leave it behind unreserved. Under our lock the loser is
 * refused by the check, before anything is written.
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
      "region.countries.iso_2",
      "items.id",
      "items.quantity",
      "items.variant_id",
      "items.variant_sku",
      "items.variant.allow_backorder",
      "items.variant.manage_inventory",
      "items.variant.inventory_items.inventory_item_id",
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
    if (orderId) return { order_id: orderId }
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

  const wanted = items.map((i) => ({
    variant_id: i.variant_id,
    sku: i.variant_sku,
    quantity: Number(i.quantity),
    allow_backorder: i.variant?.allow_backorder,
  }))
  const checkStock = async () => {
    const shortages = await findStockShortages(query, cart.sales_channel_id as string, wanted)
    if (shortages.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortageMessage(shortages))
  }
  // Early, friendly refusal before the cart is touched; repeated under the lock below.
  await checkStock()

  const regionCountries = (cart.region?.countries ?? []).map((c: any) => String(c?.iso_2).toLowerCase())
  if (!regionCountries.includes(String(address.country_code).toLowerCase())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `address_id: this address is in ${String(address.country_code).toUpperCase()}, outside your price region`,
    )
  }

  // Address, e-mail and PO number go straight onto the cart through the cart module: none of
  // them is money or stock, and the shipping-method workflow below re-prices the items and
  // recomputes taxes for the new address anyway. Going through updateCartWorkflow as well
  // would run that whole refresh twice (~0.3 s of the ~1.2 s this checkout took).
  const orderAddress = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, address[f] ?? undefined]))
  await container.resolve(Modules.CART).updateCarts(cart.id, {
    email: customer.email,
    shipping_address: orderAddress,
    billing_address: orderAddress,
    metadata: { ...(cart.metadata ?? {}), po_number: input.po_number, payment_terms: "on_account" },
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

  const stockKeys = [
    ...new Set(
      items
        .filter((i) => i.variant?.manage_inventory !== false)
        .flatMap((i) => (i.variant?.inventory_items ?? []).map((x: any) => `ordo:stock:${x.inventory_item_id}`)),
    ),
  ].sort() // one global order, so two carts never wait on each other's keys
  const locking = container.resolve(Modules.LOCKING)
  const complete = async () => {
    await checkStock()
    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    return { order_id: result.id as string }
  }
  try {
    return stockKeys.length ? await locking.execute(stockKeys, complete, { timeout: 30 }) : await complete()
  } catch (e: any) {
    if (/Timed-out acquiring lock|Failed to acquire lock/i.test(String(e?.message))) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "Many orders for these products are being placed right now; nothing was ordered, please try again",
      )
    }
    throw e
  }
}

async function orderIdForCart(query: any, cartId: string): Promise<string | undefined> {
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data[0]?.order_id
}
