import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayIn, type OrderFacts } from "../../domain/sales-rollup"
import { orderMargin } from "../stock/costs"

/** The seller's time zone for calendar days, weeks and months in reports (REPORT_TIMEZONE). */
export const reportTimeZone = () => process.env.REPORT_TIMEZONE || "Asia/Shanghai"

/**
 * What an order counts for in sales reports, from Medusa's order and Ordo's FIFO costs: net of
 * VAT and discounts after returns, at the shipped cost (the rest estimated from open layers).
 * Null when it does not count: a draft (waiting for approval, rejected) or a cancelled order.
 * The order's day is the day the buyer placed it; its rep is the one recorded on the order as it
 * was placed (`metadata.ordo_rep_id`), else the company's rep now (the reporting module keeps the
 * first one recorded).
 */
export async function orderFacts(container: MedusaContainer, orderId: string): Promise<OrderFacts | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "is_draft_order",
      "created_at",
      "currency_code",
      "customer_id",
      "sales_channel_id",
      "shipping_address.province",
      "shipping_address.country_code",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "company.id",
      "company.sales_rep_id",
      "metadata",
    ],
    filters: { id: orderId },
  })
  if (!order || order.is_draft_order || order.status === "canceled" || order.status === "draft") return null
  const margin = await orderMargin(container, orderId)
  if (!margin) return null
  const items = ((order.items ?? []) as any[]).filter(Boolean)
  const productIds = [...new Set(items.map((i) => i.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "categories.id", "categories.rank"],
        filters: { id: productIds },
      })
    : { data: [] as any[] }
  const categoryOf = new Map(
    (products as any[]).map((p) => {
      const first = [...(p.categories ?? [])].filter(Boolean).sort((a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0))[0]
      return [p.id as string, (first?.id as string) ?? ""]
    }),
  )
  const company = (order as any).company
  const address = (order as any).shipping_address
  return {
    order_id: order.id,
    placed_at: new Date(order.created_at as any).toISOString(),
    day: dayIn(order.created_at as any, reportTimeZone()),
    company_id: company?.id ?? "",
    customer_id: order.customer_id ?? "",
    // The rep recorded on the order as it was placed; orders from before that fall back to the company's.
    rep_id: (order as any).metadata?.ordo_rep_id || company?.sales_rep_id || "",
    region: String(address?.province || address?.country_code?.toUpperCase() || "").trim(),
    channel_id: order.sales_channel_id ?? "",
    currency_code: order.currency_code as string,
    shipped: items.every((i) => {
      const m = margin.lines.find((l) => l.item_id === i.id)
      return !!m && m.shipped >= m.quantity
    }),
    lines: items.map((i) => {
      const m = margin.lines.find((l) => l.item_id === i.id)
      return {
        line_id: i.id,
        product_id: i.product_id ?? "",
        variant_id: i.variant_id ?? "",
        category_id: categoryOf.get(i.product_id) ?? "",
        quantity: m ? m.quantity - m.returned : 0,
        net_amount: m?.net_revenue ?? "0",
        cost_amount: m?.cost ?? "0",
      }
    }),
  }
}
