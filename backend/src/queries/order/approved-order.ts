import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { orderFingerprint } from "../../domain/order-gates"

const FIELDS = [
  "id",
  "customer_id",
  "is_draft_order",
  "status",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "metadata",
  "total",
  "shipping_address.*",
  "items.variant_id",
  "items.variant_sku",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.detail.quantity",
  "shipping_methods.amount",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
]

/**
 * An order waiting for approval as its approvers see it now, with the fingerprint of what they
 * approve (domain/order-gates.ts): compared with the one stored on the request at every decision.
 */
export async function waitingOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: orderId } })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  const items = ((order.items ?? []) as any[]).filter(Boolean)
  const shipping = ((order.shipping_methods ?? []) as any[]).filter(Boolean)
  const fingerprint = orderFingerprint({
    customer_id: order.customer_id as string,
    currency_code: order.currency_code as string,
    region_id: order.region_id as string,
    sales_channel_id: order.sales_channel_id as string,
    shipping_country: (order.shipping_address as any)?.country_code,
    items: items.map((i) => ({
      variant_id: i.variant_id,
      quantity: i.detail?.quantity,
      unit_price: i.unit_price,
      is_tax_inclusive: i.is_tax_inclusive,
    })),
    shipping: shipping.map((s) => ({ amount: s.amount })),
  })
  return { order: order as any, items, shipping, fingerprint }
}
