import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"
import type { LayerTake } from "../../../modules/stockcontrol/service"

const service = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(STOCK_CONTROL_MODULE) as StockControlModuleService

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
