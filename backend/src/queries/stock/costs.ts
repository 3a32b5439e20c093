import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { costOf, margin, type OpenLayer, takeFifo } from "../../domain/fifo"
import { dec, toAmount } from "../../domain/money"
import { STOCK_CONTROL_MODULE } from "../../modules/stockcontrol"
import type StockControlModuleService from "../../modules/stockcontrol/service"
import { staffNames } from "../staff/sales-reps"

const stockControl = (container: MedusaContainer) => container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)

/** Cost layers with units left, per variant, oldest first. */
export async function openLayers(container: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return new Map<string, (OpenLayer & { currency_code: string })[]>()
  const layers = (await stockControl(container).listCostLayers(
    { variant_id: [...new Set(variantIds)], remaining: { $gt: 0 } } as any,
    { take: null as any, order: { received_at: "ASC" } },
  )) as any[]
  const byVariant = new Map<string, (OpenLayer & { currency_code: string })[]>()
  for (const l of layers) {
    const list = byVariant.get(l.variant_id) ?? []
    list.push({
      id: l.id,
      location_id: l.location_id,
      received_at: l.received_at,
      unit_cost: dec(l.unit_cost).toFixed(),
      remaining: Number(l.remaining),
      currency_code: l.currency_code,
    })
    byVariant.set(l.variant_id, list)
  }
  return byVariant
}

/** The unit cost of each variant's most recent cost layer in the currency, spent or not. */
async function latestCosts(container: MedusaContainer, variantIds: string[], currency: string) {
  const out = new Map<string, string>()
  if (!variantIds.length) return out
  const layers = (await stockControl(container).listCostLayers(
    { variant_id: variantIds, currency_code: currency },
    { take: null as any, order: { received_at: "DESC" } },
  )) as any[]
  for (const l of layers) if (!out.has(l.variant_id)) out.set(l.variant_id, dec(l.unit_cost).toFixed())
  return out
}

/**
 * Expected FIFO cost per variant for a quantity, from the layers still on hand (before it
 * ships): what the entry screen shows as cost and margin. Null when no layer is in the order's
 * currency or none covers the whole quantity.
 */
export async function projectedCosts(
  container: MedusaContainer,
  wanted: { variant_id: string; quantity: number }[],
  currency: string,
) {
  const layers = await openLayers(
    container,
    wanted.map((w) => w.variant_id),
  )
  const out = new Map<string, { cost: string | null; unit_cost: string | null }>()
  const totals = new Map<string, number>()
  for (const w of wanted) totals.set(w.variant_id, (totals.get(w.variant_id) ?? 0) + w.quantity)
  const latest = await latestCosts(container, [...totals.keys()], currency)
  for (const [variantId, quantity] of totals) {
    const open = (layers.get(variantId) ?? []).filter((l) => l.currency_code === currency)
    const takes = takeFifo(open, Math.max(quantity, 1))
    // Units beyond the layers on hand (backorders, stock not yet received) are estimated at the
    // newest cost known for the variant; with no cost ever recorded the cost stays unknown.
    const uncovered = takes.find((t) => t.layer_id == null)
    if (uncovered) uncovered.unit_cost = latest.get(variantId) ?? null
    const { cost, complete } = costOf(takes)
    const units = Math.max(quantity, 1)
    out.set(
      variantId,
      complete ? { cost: cost.toFixed(4), unit_cost: cost.div(units).toFixed(4) } : { cost: null, unit_cost: null },
    )
  }
  return out
}

/**
 * Cost of goods and gross margin of an order, net of VAT: shipped units at the cost their
 * layers gave (returned units excluded on both sides), unshipped units at the expected FIFO
 * cost. `complete` is false when some units have no cost (no layer, or another currency).
 */
export async function orderMargin(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "sales_channel.name",
      "metadata",
      "items.id",
      "items.variant_id",
      "items.variant_sku",
      "items.unit_price",
      "items.is_tax_inclusive",
      "items.tax_lines.rate",
      "items.adjustments.amount",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "items.detail.return_received_quantity",
    ],
    filters: { id: orderId },
  })
  if (!order) return null
  const currency = order.currency_code as string
  const allocations = (await stockControl(container).listCostAllocations(
    { order_id: orderId },
    { take: null as any },
  )) as any[]
  const items = (order.items ?? []).filter(Boolean) as any[]
  const unshipped = items.map((i) => ({
    variant_id: i.variant_id,
    quantity: Math.max(0, Number(i.detail?.quantity ?? 0) - Number(i.detail?.fulfilled_quantity ?? 0)),
  }))
  const projected = await projectedCosts(
    container,
    unshipped.filter((u) => u.quantity > 0 && u.variant_id),
    currency,
  )
  let complete = true
  let costShipped = dec(0)
  let costEstimated = dec(0)
  let revenue = dec(0)
  const lines = items.map((i, n) => {
    const quantity = Number(i.detail?.quantity ?? 0)
    const returned = Number(i.detail?.return_received_quantity ?? 0)
    const kept = quantity - returned
    // Net of VAT and discounts: VAT-inclusive prices carry their tax inside.
    const rate = (i.tax_lines ?? []).reduce((a: any, t: any) => a.plus(dec(t?.rate ?? 0)), dec(0))
    const discount = (i.adjustments ?? []).reduce((a: any, x: any) => a.plus(dec(x?.amount ?? 0)), dec(0))
    const gross = dec(i.unit_price).times(quantity).minus(discount)
    const net = i.is_tax_inclusive ? gross.times(100).div(dec(100).plus(rate)) : gross
    const netKept = quantity ? net.times(kept).div(quantity) : dec(0)
    let shippedCost = dec(0)
    for (const a of allocations.filter((a) => a.order_item_id === i.id)) {
      const units = Number(a.quantity) - Number(a.returned_quantity)
      if (a.unit_cost == null || (a.currency_code && a.currency_code !== currency)) {
        if (units > 0) complete = false
      } else shippedCost = shippedCost.plus(dec(a.unit_cost).times(units))
    }
    let estimated = dec(0)
    if (unshipped[n].quantity > 0) {
      const p = projected.get(i.variant_id)?.cost
      if (p == null) complete = false
      else estimated = dec(p)
    }
    costShipped = costShipped.plus(shippedCost)
    costEstimated = costEstimated.plus(estimated)
    revenue = revenue.plus(netKept)
    const cost = shippedCost.plus(estimated)
    return {
      item_id: i.id as string,
      sku: i.variant_sku,
      quantity,
      shipped: Number(i.detail?.fulfilled_quantity ?? 0),
      returned,
      net_revenue: toAmount(netKept, currency),
      cost: toAmount(cost, currency),
      margin: toAmount(netKept.minus(cost), currency),
    }
  })
  const cost = costShipped.plus(costEstimated)
  const m = margin(revenue, cost)
  return {
    order_id: order.id,
    currency_code: currency,
    channel: (order as any).sales_channel?.name ?? null,
    entered_by: (order.metadata as any)?.entered_by ?? null,
    sales_rep_id: ((order.metadata as any)?.ordo_rep_id as string | undefined) ?? null,
    net_revenue: toAmount(revenue, currency),
    cost_of_goods: toAmount(cost, currency),
    cost_shipped: toAmount(costShipped, currency),
    cost_estimated: toAmount(costEstimated, currency),
    margin: toAmount(m.amount, currency),
    margin_percent: m.percent,
    complete,
    lines,
  }
}

/** An order's margin for its page, with the sales rep who owns it by name. */
export async function orderMarginView(container: MedusaContainer, orderId: string) {
  const m = await orderMargin(container, orderId)
  if (!m) return null
  const names = await staffNames(container, [m.sales_rep_id])
  return {
    ...m,
    sales_rep: m.sales_rep_id ? { id: m.sales_rep_id, name: names.get(m.sales_rep_id) ?? m.sales_rep_id } : null,
  }
}
