import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dec } from "../../domain/money"
import { progressOfOrderItems } from "./progress"

export const SHIPPO_PROVIDER_ID = "shippo_shippo"

export type ShippingOrder = {
  id: string
  display_id: number
  status: string
  is_draft_order: boolean
  email: string | null
  total: unknown
  metadata: Record<string, any>
  shipping_address: Record<string, any> | null
  items: { id: string; title: string; sku: string | null; quantity: number; unshipped: number }[]
  progress: ReturnType<typeof progressOfOrderItems>
  /** The order's own freight option, and the Shippo label option of the same warehouse zone. */
  shipping_option_id: string | null
  shippo_option_id: string | null
  /** Where the parcel leaves from (for Shippo's rates). */
  from_address: Record<string, any> | null
}

/** An order as the shipping desk needs it: what is left to ship, where from, where to. */
export async function shippingOrder(container: MedusaContainer, orderId: string): Promise<ShippingOrder | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [o],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "is_draft_order",
      "email",
      "total",
      "metadata",
      "shipping_address.*",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.variant_sku",
      "items.quantity",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "items.detail.delivered_quantity",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: orderId },
  })
  if (!o) return null
  const order = o as any
  const optionId: string | null = order.shipping_methods?.[0]?.shipping_option_id ?? null
  let shippoOptionId: string | null = null
  let fromAddress: Record<string, any> | null = null
  if (optionId) {
    const {
      data: [option],
    } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "service_zone_id", "service_zone.fulfillment_set.location.address.*"],
      filters: { id: optionId },
    })
    fromAddress = (option as any)?.service_zone?.fulfillment_set?.location?.address ?? null
    if ((option as any)?.service_zone_id) {
      const { data: label } = await query.graph({
        entity: "shipping_option",
        fields: ["id"],
        filters: { service_zone_id: (option as any).service_zone_id, provider_id: SHIPPO_PROVIDER_ID },
      })
      shippoOptionId = (label[0] as any)?.id ?? null
    }
  }
  const items = (order.items ?? []).map((i: any) => ({
    id: i.id as string,
    title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" · "),
    sku: i.variant_sku ?? null,
    quantity: Number(i.quantity ?? i.detail?.quantity),
    unshipped: Number(
      dec(i.quantity ?? i.detail?.quantity)
        .minus(dec(i.detail?.fulfilled_quantity))
        .toFixed(),
    ),
  }))
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    is_draft_order: !!order.is_draft_order,
    email: order.email ?? null,
    total: order.total,
    metadata: order.metadata ?? {},
    shipping_address: order.shipping_address ?? null,
    items,
    progress: progressOfOrderItems(order),
    shipping_option_id: optionId,
    shippo_option_id: shippoOptionId,
    from_address: fromAddress,
  }
}
