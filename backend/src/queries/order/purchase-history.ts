import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toAmount } from "../../domain/money"

/**
 * What the company bought before: the last price paid per variant, and the usual (median)
 * quantity per order line, from its buyers' placed orders (newest 200).
 */
export async function purchaseHistory(container: MedusaContainer, customerIds: string[]) {
  const last = new Map<string, any>()
  const quantities = new Map<string, number[]>()
  if (!customerIds.length) return { last, usual: new Map<string, number>(), orders: [] as any[] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "status",
      "currency_code",
      "total",
      "sales_channel.name",
      "items.variant_id",
      "items.variant_sku",
      "items.unit_price",
      "items.detail.quantity",
    ],
    filters: { customer_id: customerIds, is_draft_order: false, status: { $ne: "canceled" } } as any,
    pagination: { skip: 0, take: 200, order: { created_at: "DESC" } },
  })
  for (const o of orders as any[])
    for (const i of o.items ?? []) {
      if (!i?.variant_id) continue
      const quantity = Number(i.detail?.quantity ?? 0)
      quantities.set(i.variant_id, [...(quantities.get(i.variant_id) ?? []), quantity])
      if (last.has(i.variant_id)) continue
      last.set(i.variant_id, {
        variant_id: i.variant_id,
        sku: i.variant_sku,
        unit_price: toAmount(i.unit_price, o.currency_code),
        // The price is in the currency of the order it was paid in, not necessarily the company's today.
        currency_code: o.currency_code,
        quantity,
        order_display_id: o.display_id,
        ordered_at: o.created_at,
      })
    }
  const usual = new Map<string, number>()
  for (const [variantId, qs] of quantities) {
    const sorted = [...qs].sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    usual.set(variantId, sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2)
  }
  return { last, usual, orders: orders as any[] }
}

/** What the company last paid per product (its buyers' placed orders, newest first). */
export async function lastPricesPaid(container: MedusaContainer, companyId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: buyers } = await query.graph({
    entity: "company_buyer",
    fields: ["customer_id"],
    filters: { company: { id: companyId } } as any,
  })
  const { last } = await purchaseHistory(
    container,
    buyers.map((b: any) => b.customer_id),
  )
  return [...last.values()]
}
