import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toAmount } from "../../domain/money"
import { STOCK_CONTROL_MODULE } from "../../modules/stockcontrol"
import type StockControlModuleService from "../../modules/stockcontrol/service"

const stockControl = (container: MedusaContainer) => container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)

/** One line of the movement log: a manual change (Ordo's log), a shipment or a received return (Medusa's). */
export type StockMovementRow = {
  id: string
  kind: "adjustment" | "transfer" | "receipt" | "shipment" | "return"
  sku: string
  from_location_id: string | null
  to_location_id: string | null
  quantity: number
  reason: string | null
  reference: string | null
  order_id: string | null
  order_display_id: number | null
  actor_name: string | null
  created_at: string
}

const LOG_SIZE = 200
// A Date as text would lose its milliseconds ("Tue Dec 01 2026 21:57:12 GMT…"), and with them the order.
const iso = (x: unknown) => (x instanceof Date ? x : new Date(String(x))).toISOString()

/** Shipped units leave their location: Medusa's fulfilments (not cancelled), one row per SKU shipped. */
async function shipments(container: MedusaContainer, sku?: string): Promise<StockMovementRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "location_id",
      "created_at",
      "shipped_at",
      "canceled_at",
      "items.id",
      "items.sku",
      "items.quantity",
      "order.id",
      "order.display_id",
    ],
    filters: { canceled_at: null } as any,
    pagination: { skip: 0, take: LOG_SIZE, order: { created_at: "DESC" } },
  })
  return (data as any[]).flatMap((f) =>
    (f.items ?? [])
      .filter((i: any) => i?.sku && (!sku || String(i.sku).toUpperCase() === sku))
      .map((i: any) => ({
        id: `${f.id}:${i.id}`,
        kind: "shipment" as const,
        sku: i.sku,
        from_location_id: f.location_id ?? null,
        to_location_id: null,
        quantity: -Number(i.quantity),
        reason: null,
        reference: null,
        order_id: f.order?.id ?? null,
        order_display_id: f.order?.display_id ?? null,
        actor_name: null,
        created_at: iso(f.shipped_at ?? f.created_at),
      })),
  )
}

/** Returned units come back to the location they were received at: Medusa's received returns. */
async function receivedReturns(container: MedusaContainer, sku?: string): Promise<StockMovementRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "return",
    fields: [
      "id",
      "display_id",
      "location_id",
      "received_at",
      "order.id",
      "order.display_id",
      "items.id",
      "items.received_quantity",
      "items.item.variant_sku",
    ],
    filters: { received_at: { $ne: null } } as any,
    pagination: { skip: 0, take: LOG_SIZE, order: { received_at: "DESC" } },
  })
  return (data as any[]).flatMap((r) =>
    (r.items ?? [])
      .filter((i: any) => {
        const s = i?.item?.variant_sku
        return s && Number(i.received_quantity) > 0 && (!sku || String(s).toUpperCase() === sku)
      })
      .map((i: any) => ({
        id: `${r.id}:${i.id}`,
        kind: "return" as const,
        sku: i.item.variant_sku,
        from_location_id: null,
        to_location_id: r.location_id ?? null,
        quantity: Number(i.received_quantity),
        reason: null,
        reference: r.display_id != null ? `R-${r.display_id}` : null,
        order_id: r.order?.id ?? null,
        order_display_id: r.order?.display_id ?? null,
        actor_name: null,
        created_at: iso(r.received_at),
      })),
  )
}

/**
 * Every stock movement, newest first (one SKU, or all; the newest 200): manual changes from
 * Ordo's log, shipments from Medusa's fulfilments and received returns from Medusa's returns.
 */
export async function stockMovements(container: MedusaContainer, sku?: string): Promise<StockMovementRow[]> {
  const wanted = sku?.toUpperCase()
  const [manual, shipped, returned] = await Promise.all([
    stockControl(container).listStockMovements(sku ? { sku } : {}, { order: { created_at: "DESC" }, take: LOG_SIZE }),
    shipments(container, wanted),
    receivedReturns(container, wanted),
  ])
  const logged: StockMovementRow[] = (manual as any[]).map((m) => ({
    id: m.id,
    kind: m.kind,
    sku: m.sku,
    from_location_id: m.from_location_id ?? null,
    to_location_id: m.to_location_id ?? null,
    quantity: Number(m.quantity),
    reason: m.reason ?? null,
    reference: m.reference ?? null,
    order_id: null,
    order_display_id: null,
    actor_name: m.actor_name ?? null,
    created_at: iso(m.created_at),
  }))
  return (
    [...logged, ...shipped, ...returned]
      // A stable sort: rows of the same instant keep the order their source gave them (newest first).
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .slice(0, LOG_SIZE)
  )
}

/** A SKU's FIFO cost layers, oldest first, with what is left of each and where it came from. */
export async function costLayers(container: MedusaContainer, sku: string) {
  const layers = await stockControl(container).listCostLayers(
    { sku },
    { relations: ["receipt"], order: { received_at: "ASC" }, take: 500 },
  )
  return (layers as any[]).map(({ receipt, ...l }) => ({
    ...l,
    unit_cost: toAmount(l.unit_cost, l.currency_code),
    supplier: receipt?.supplier ?? null,
    reference: receipt?.reference ?? null,
  }))
}

/** The latest purchase receipts with their cost layers. */
export const purchaseReceipts = (container: MedusaContainer) =>
  stockControl(container).listPurchaseReceipts({}, { relations: ["layers"], order: { received_at: "DESC" }, take: 100 })
