import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"

export const resolveReturnedUnitsStepId = "ordo-resolve-returned-units"

export type Received = { order_item_id: string; quantity: number }

/** The units a return received per order line, and the variants whose cost layers they touch. Reads only. */
export const resolveReturnedUnitsStep = createStep(
  resolveReturnedUnitsStepId,
  async (input: { order_id: string; return_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [ret],
    } = await query.graph({
      entity: "return",
      fields: ["id", "order_id", "items.item_id", "items.received_quantity"],
      filters: { id: input.return_id },
    })
    const received: Received[] =
      ret && ret.order_id === input.order_id
        ? (ret.items ?? [])
            .filter((i: any) => i && Number(i.received_quantity ?? 0) > 0)
            .map((i: any) => ({ order_item_id: i.item_id as string, quantity: Number(i.received_quantity) }))
        : []
    const allocations = received.length
      ? ((await container
          .resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)
          .listCostAllocations(
            { order_id: input.order_id, order_item_id: received.map((r) => r.order_item_id) },
            { take: null as unknown as number },
          )) as any[])
      : []
    return new StepResponse({ received, variant_ids: [...new Set(allocations.map((a) => a.variant_id as string))] })
  },
)
