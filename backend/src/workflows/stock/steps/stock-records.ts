import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"

const service = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(STOCK_CONTROL_MODULE) as StockControlModuleService

export type MovementInput = {
  kind: "adjustment" | "transfer" | "receipt"
  inventory_item_id: string
  variant_id: string
  sku: string
  from_location_id: string | null
  to_location_id: string | null
  quantity: number
  reason: string
  reference?: string | null
  actor_id: string
  actor_name: string
}

/** Audit rows for manual stock changes; removed again if the change itself is rolled back. */
export const recordStockMovementsStep = createStep(
  "ordo-record-stock-movements",
  async (input: MovementInput[], { container }) => {
    const rows = await service(container).createStockMovements(input as any[])
    return new StepResponse(
      rows,
      rows.map((r: any) => r.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await service(container).deleteStockMovements(ids)
  },
)

export type ReceiptInput = {
  supplier: string
  received_at: Date
  reference: string | null
  currency_code: string
  created_by: string | null
  adds_stock: boolean
  lines: {
    variant_id: string
    inventory_item_id: string
    sku: string
    location_id: string
    quantity: number
    unit_cost: string
  }[]
}

/** A purchase receipt and one FIFO cost layer per line. */
export const createPurchaseReceiptStep = createStep(
  "ordo-create-purchase-receipt",
  async (input: ReceiptInput, { container }) => {
    const svc = service(container)
    const { lines, ...head } = input
    const receipt = await svc.createPurchaseReceipts(head as any)
    const layers = await svc.createCostLayers(
      lines.map((l) => ({
        ...l,
        receipt_id: receipt.id,
        received_at: input.received_at,
        currency_code: input.currency_code,
        remaining: l.quantity,
      })) as any[],
    )
    return new StepResponse({ receipt, layers }, { receipt_id: receipt.id, layer_ids: layers.map((l: any) => l.id) })
  },
  async (ids, { container }) => {
    if (!ids) return
    await service(container).deleteCostLayers(ids.layer_ids)
    await service(container).deletePurchaseReceipts(ids.receipt_id)
  },
)

export type ConsumeInput = {
  order_id: string
  fulfillment_id: string
  takes: {
    order_item_id: string
    variant_id: string
    layer_id: string | null
    quantity: number
    unit_cost: string | null
    currency_code: string | null
  }[]
}

/**
 * A shipment takes its units off the cost layers (remaining −) and records what it took at
 * what cost. The caller computed the takes under the variant's cost lock.
 */
export const consumeCostLayersStep = createStep(
  "ordo-consume-cost-layers",
  async (input: ConsumeInput, { container }) => {
    const svc = service(container)
    const layerIds = input.takes.map((t) => t.layer_id).filter(Boolean) as string[]
    const layers = layerIds.length ? await svc.listCostLayers({ id: layerIds }) : []
    const byId = new Map(layers.map((l: any) => [l.id, l]))
    const updates = new Map<string, number>()
    for (const t of input.takes) {
      if (!t.layer_id) continue
      const l: any = byId.get(t.layer_id)
      const left = (updates.get(t.layer_id) ?? Number(l.remaining)) - t.quantity
      if (left < 0) throw new Error(`Cost layer ${t.layer_id} has fewer units left than taken`)
      updates.set(t.layer_id, left)
    }
    if (updates.size) {
      await svc.updateCostLayers([...updates].map(([id, remaining]) => ({ id, remaining })) as any)
    }
    const allocations = await svc.createCostAllocations(
      input.takes.map((t) => ({ ...t, order_id: input.order_id, fulfillment_id: input.fulfillment_id })) as any[],
    )
    return new StepResponse(allocations, {
      allocation_ids: allocations.map((a: any) => a.id),
      takes: input.takes
        .filter((t) => t.layer_id)
        .map((t) => ({ layer_id: t.layer_id as string, quantity: t.quantity })),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const svc = service(container)
    await restoreLayers(svc, undo.takes)
    await svc.deleteCostAllocations(undo.allocation_ids)
  },
)

async function restoreLayers(
  svc: StockControlModuleService,
  backs: { layer_id: string; quantity: number }[],
  sign = 1,
) {
  if (!backs.length) return
  const layers = await svc.listCostLayers({ id: [...new Set(backs.map((b) => b.layer_id))] })
  const remaining = new Map(layers.map((l: any) => [l.id, Number(l.remaining)]))
  for (const b of backs) remaining.set(b.layer_id, (remaining.get(b.layer_id) ?? 0) + sign * b.quantity)
  await svc.updateCostLayers([...remaining].map(([id, r]) => ({ id, remaining: r })) as any)
}

export type ReturnInput = {
  return_id: string
  order_id: string
  backs: { allocation_id: string; layer_id: string | null; quantity: number }[]
}

/** Returned units go back onto the layers they came from, at their original cost. */
export const returnToCostLayersStep = createStep(
  "ordo-return-to-cost-layers",
  async (input: ReturnInput, { container }) => {
    const svc = service(container)
    const allocations = await svc.listCostAllocations({ id: input.backs.map((b) => b.allocation_id) })
    const returned = new Map(allocations.map((a: any) => [a.id, Number(a.returned_quantity)]))
    for (const b of input.backs) returned.set(b.allocation_id, (returned.get(b.allocation_id) ?? 0) + b.quantity)
    await svc.updateCostAllocations([...returned].map(([id, r]) => ({ id, returned_quantity: r })) as any)
    const layered = input.backs.filter((b) => b.layer_id) as { layer_id: string; quantity: number }[]
    await restoreLayers(svc, layered)
    const rows = await svc.createCostReturns(
      input.backs.map((b) => ({
        return_id: input.return_id,
        order_id: input.order_id,
        allocation_id: b.allocation_id,
        quantity: b.quantity,
      })) as any[],
    )
    return new StepResponse(rows, { input, ids: rows.map((r: any) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const svc = service(container)
    const allocations = await svc.listCostAllocations({ id: undo.input.backs.map((b) => b.allocation_id) })
    const returned = new Map(allocations.map((a: any) => [a.id, Number(a.returned_quantity)]))
    for (const b of undo.input.backs) returned.set(b.allocation_id, (returned.get(b.allocation_id) ?? 0) - b.quantity)
    await svc.updateCostAllocations([...returned].map(([id, r]) => ({ id, returned_quantity: r })) as any)
    await restoreLayers(svc, undo.input.backs.filter((b) => b.layer_id) as any, -1)
    await svc.deleteCostReturns(undo.ids)
  },
)
