import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"
import type { LayerPutBack } from "../../../modules/stockcontrol/service"

const service = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(STOCK_CONTROL_MODULE) as StockControlModuleService

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
