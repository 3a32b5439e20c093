import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { putBack } from "../../../domain/fifo"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"
import type { LayerPutBack } from "../../../modules/stockcontrol/service"
import type { Received } from "./resolve-returned-units"

export const planReturnCostStepId = "ordo-plan-return-cost"

/**
 * Which allocations a return's units go back through (newest shipment last, never more than
 * was taken), read under the variants' cost locks. Nothing when the return was already put back
 * (a repeated event). Reads only.
 */
export const planReturnCostStep = createStep(
  planReturnCostStepId,
  async (input: { order_id: string; return_id: string; received: Received[] }, { container }) => {
    const svc = container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)
    const done = await svc.listCostReturns({ return_id: input.return_id })
    if (done.length || !input.received.length) return new StepResponse({ backs: [] as LayerPutBack[], done })
    const allocations = (await svc.listCostAllocations(
      { order_id: input.order_id, order_item_id: input.received.map((r) => r.order_item_id) },
      { order: { created_at: "ASC" }, take: null as unknown as number },
    )) as any[]
    const backs = input.received.flatMap((r) =>
      putBack(
        allocations
          .filter((a) => a.order_item_id === r.order_item_id)
          .map((a) => ({
            id: a.id,
            layer_id: a.layer_id,
            quantity: Number(a.quantity),
            returned_quantity: Number(a.returned_quantity),
          })),
        r.quantity,
      ),
    )
    return new StepResponse({ backs, done })
  },
)
