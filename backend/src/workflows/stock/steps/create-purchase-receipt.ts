import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"

const service = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(STOCK_CONTROL_MODULE) as StockControlModuleService

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
