import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { approvalsNeeded, membershipOf } from "../../lib/approvals"
import { findStockShortages, shortageMessage } from "../../lib/buyer"
import { withLock, withStockLocks } from "../../lib/stock-lock"
import { placeOrderForApprovalWorkflow } from "../approval/workflows"

export type PlaceOrderOnAccountInput = {
  cart_id: string
  customer_id: string
  address_id: string
  po_number: string
  /** Extra order metadata, e.g. the quote an order comes from. */
  metadata?: Record<string, unknown>
  quote_id?: string
}

export type PlacedOrder = { order_id: string; status: "placed" | "requires_approval"; approval_request_id?: string }

/** The address fields an order copies from an address book entry. */
export const ADDRESS_FIELDS = [
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
export async function placeOrderOnAccount(
  container: MedusaContainer,
  input: PlaceOrderOnAccountInput,
): Promise<PlacedOrder> {
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
    const placed = await placedOrderForCart(container, cart.id)
    if (placed) return placed
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
    metadata: {
      ...(cart.metadata ?? {}),
      ...(input.metadata ?? {}),
      po_number: input.po_number,
      payment_terms: "on_account",
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

  // Approval rules look at the priced cart (after freight and taxes). An order that needs
  // approval becomes a draft order that reserves nothing until the last approval.
  const membership = await membershipOf(container, input.customer_id)
  const {
    data: [priced],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "total",
      "currency_code",
      "items.unit_price",
      "items.compare_at_unit_price",
      "items.metadata",
      "items.variant_sku",
    ],
    filters: { id: cart.id },
  })
  const outcome = await approvalsNeeded(container, membership, {
    currency_code: priced.currency_code,
    order_total: String(priced.total),
    lines: (priced.items ?? []).filter(Boolean).map((i: any) => ({
      sku: i.variant_sku ?? "",
      list_price: String(i.metadata?.list_price ?? i.compare_at_unit_price ?? i.unit_price),
      unit_price: String(i.unit_price),
    })),
  })
  if (membership && outcome.chain.length) {
    return withLock(container, `cart:${cart.id}`, async () => {
      const placed = await placedOrderForCart(container, cart.id)
      if (placed) return placed
      const { result } = await placeOrderForApprovalWorkflow(container).run({
        input: {
          cart_id: cart.id,
          order: await draftOrderInputFromCart(container, cart.id),
          request: {
            quote_id: input.quote_id ?? null,
            company_id: membership.company_id,
            requested_by: input.customer_id,
            chain: outcome.chain.map((role, i) => ({ level: i + 1, role })),
            reasons: outcome.triggers,
            order_total: String(priced.total),
            currency_code: priced.currency_code,
          },
        },
      })
      return { ...result, status: "requires_approval" as const }
    })
  }

  let paymentCollectionId = cart.payment_collection?.id as string | undefined
  if (!paymentCollectionId) {
    const { result } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    paymentCollectionId = (Array.isArray(result) ? result[0] : result).id as string
  }
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: paymentCollectionId, provider_id: "pp_system_default" },
  })

  const inventoryItemIds = items
    .filter((i) => i.variant?.manage_inventory !== false)
    .flatMap((i) => (i.variant?.inventory_items ?? []).map((x: any) => x.inventory_item_id as string))
  return withStockLocks(container, inventoryItemIds, async () => {
    await checkStock()
    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    return { order_id: result.id as string, status: "placed" as const }
  })
}

/** The order a completed cart became, and whether it still waits for approval. */
async function placedOrderForCart(container: MedusaContainer, cartId: string): Promise<PlacedOrder | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  const orderId = data[0]?.order_id as string | undefined
  if (!orderId) return undefined
  const { data: requests } = await query.graph({
    entity: "approval_request",
    fields: ["id", "status"],
    filters: { order_id: orderId },
  })
  const pending = requests[0]?.status === "pending"
  return pending
    ? { order_id: orderId, status: "requires_approval", approval_request_id: requests[0].id }
    : { order_id: orderId, status: "placed" }
}

/** Everything createOrderWorkflow needs to turn the prepared cart into a draft order, prices kept. */
async function draftOrderInputFromCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [c],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "region_id",
      "customer_id",
      "sales_channel_id",
      "email",
      "currency_code",
      "metadata",
      "shipping_address.*",
      "billing_address.*",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.compare_at_unit_price",
      "items.is_tax_inclusive",
      "items.metadata",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_methods.is_tax_inclusive",
      "shipping_methods.shipping_option_id",
      "shipping_methods.data",
    ],
    filters: { id: cartId },
  })
  const address = (a: any) => a && Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, a[f] ?? undefined]))
  return {
    region_id: c.region_id,
    customer_id: c.customer_id,
    sales_channel_id: c.sales_channel_id,
    email: c.email,
    currency_code: c.currency_code,
    shipping_address: address(c.shipping_address),
    billing_address: address(c.billing_address),
    status: "draft",
    is_draft_order: true,
    metadata: { ...(c.metadata ?? {}), ordo_approval: "requires_approval" },
    items: (c.items ?? []).filter(Boolean).map((i: any) => ({
      variant_id: i.variant_id,
      quantity: i.quantity,
      unit_price: i.unit_price,
      compare_at_unit_price: i.compare_at_unit_price ?? undefined,
      is_tax_inclusive: !!i.is_tax_inclusive,
      metadata: i.metadata ?? undefined,
    })),
    shipping_methods: (c.shipping_methods ?? []).filter(Boolean).map((m: any) => ({
      name: m.name,
      amount: m.amount,
      is_tax_inclusive: !!m.is_tax_inclusive,
      shipping_option_id: m.shipping_option_id,
      data: m.data ?? {},
    })),
  }
}
