import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { dec } from "../../domain/money"
import { approvalChain } from "../../domain/order-gates"
import { shortageMessage } from "../../domain/stock"
import { firingRules } from "../approval/firing-rules"
import { catalogPrices } from "../pricing/catalog-prices"
import { creditExposure } from "../receivables/exposure"
import { findStockShortages } from "../stock/stock-shortages"
import { buyingAccountOf } from "./buying-account"

/**
 * The place-order gates for a pending change to a placed order (an order edit, exchange or
 * claim), read from Medusa's preview of the order with the change applied: what approvals the
 * changed order would need (value, discounts, spending limit, credit — the increase counted
 * against the credit limit) and which added quantities the stock cannot cover. Reads only.
 */
export async function orderChangeGates(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "sales_channel_id",
      "total",
      "items.variant_id",
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  if (!order?.customer_id) return { reasons: [] as string[], shortages: "" }
  const account = await buyingAccountOf(container, order.customer_id as string)
  const preview: any = await container.resolve(Modules.ORDER).previewOrderChange(orderId)
  const items = ((preview.items ?? []) as any[]).filter((i) => i?.variant_id)
  const catalog = account
    ? await catalogPrices(
        container,
        { region_id: account.region_id, currency_code: account.currency_code, group_id: account.group_id ?? undefined },
        items.map((i) => i.variant_id),
      )
    : new Map()
  const reasons: string[] = []
  if (account) {
    const lines = items.map((i) => ({
      sku: i.variant_sku ?? i.variant_id,
      list_price: String(catalog.get(i.variant_id)?.list_price ?? i.unit_price),
      unit_price: String(i.unit_price),
    }))
    const facts = {
      currency_code: account.currency_code,
      order_total: dec(preview.total ?? 0).toFixed(),
      lines,
      buyer: { role: account.role, spending_limit: account.spending_limit },
    }
    const increase = dec(preview.total ?? 0).minus(dec(order.total ?? 0))
    const exposure = await creditExposure(container, account.company_id)
    const triggers = [
      ...(await firingRules(
        container,
        ["order_total_above", "line_discount_above", "buyer_over_spending_limit"],
        facts,
      )),
      ...(await firingRules(container, ["company_over_credit_limit", "company_on_hold"], {
        ...facts,
        order_total: (increase.gt(0) ? increase : dec(0)).toFixed(),
        credit: { limit: account.credit.credit_limit, exposure: exposure.exposure, on_hold: account.credit.on_hold },
      })),
    ]
    // On hold matters only if the change adds to what the company owes.
    const relevant = triggers.filter((t) => t.type !== "company_on_hold" || increase.gt(0))
    reasons.push(...approvalChain(relevant, account).triggers.map((t) => t.detail))
  }
  const before = new Map<string, number>()
  for (const i of ((order.items ?? []) as any[]).filter(Boolean)) {
    before.set(i.variant_id, (before.get(i.variant_id) ?? 0) + Number(i.detail?.quantity ?? 0))
  }
  const after = new Map<string, { sku: string; quantity: number }>()
  for (const i of items) {
    const a = after.get(i.variant_id) ?? { sku: i.variant_sku ?? i.variant_id, quantity: 0 }
    a.quantity += Number(i.quantity ?? i.detail?.quantity ?? 0)
    after.set(i.variant_id, a)
  }
  const added = [...after.entries()]
    .map(([variant_id, a]) => ({ variant_id, sku: a.sku, quantity: a.quantity - (before.get(variant_id) ?? 0) }))
    .filter((a) => a.quantity > 0)
  const shortages = added.length ? await findStockShortages(query, order.sales_channel_id as string, added) : []
  return { reasons, shortages: shortages.length ? shortageMessage(shortages) : "" }
}
