import type { MedusaContainer } from "@medusajs/framework/types"
import { toAmount } from "../../domain/money"
import { STOCK_CONTROL_MODULE } from "../../modules/stockcontrol"
import type StockControlModuleService from "../../modules/stockcontrol/service"

const stockControl = (container: MedusaContainer) => container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)

/** The audit of manual stock changes, newest first (one SKU, or all). */
export const stockMovements = (container: MedusaContainer, sku?: string) =>
  stockControl(container).listStockMovements(sku ? { sku } : {}, { order: { created_at: "DESC" }, take: 200 })

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
