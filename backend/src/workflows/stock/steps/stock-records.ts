import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"
import type { LayerPutBack, LayerTake } from "../../../modules/stockcontrol/service"

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

export type ConsumeInput = { order_id: string; fulfillment_id: string; takes: LayerTake[] }

/**
 * A shipment takes its units off the cost layers and records what it took at what cost, in
 * one transaction. The caller computed the takes under the variant's cost lock.
 */
export const consumeCostLayersStep = createStep(
  "ordo-consume-cost-layers",
  async (input: ConsumeInput, { container }) => {
    const allocations = await service(container).takeFromLayers(input)
    return new StepResponse(
      allocations,
      allocations.map((a: any) => a.id as string),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await service(container).undoTakes(ids)
  },
)

export type ReturnInput = { return_id: string; order_id: string; backs: LayerPutBack[] }

/** Returned units go back onto the layers they came from, at their original cost. */
export const returnToCostLayersStep = createStep(
  "ordo-return-to-cost-layers",
  async (input: ReturnInput, { container }) => {
    const rows = await service(container).putBackOnLayers(input)
    return new StepResponse(rows, { backs: input.backs, ids: rows.map((r: any) => r.id as string) })
  },
  async (undo, { container }) => {
    if (undo) await service(container).undoPutBacks(undo.backs, undo.ids)
  },
)
