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
