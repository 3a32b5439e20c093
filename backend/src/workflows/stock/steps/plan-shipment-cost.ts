import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { takeFifo } from "../../../domain/fifo"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"
import type { LayerTake } from "../../../modules/stockcontrol/service"
import { openLayers } from "../../../queries/stock/costs"
import type { ShippedLine } from "./resolve-shipped-lines"

export const planShipmentCostStepId = "ordo-plan-shipment-cost"

/**
 * Which cost layers a shipment's units come from, read under the variants' cost locks: each
 * shipped line takes oldest first (at the shipping location first), later lines of the same
 * variant seeing what earlier ones took. Nothing to take when the shipment was already costed
 * (a repeated event). Reads only.
 */
export const planShipmentCostStep = createStep(
  planShipmentCostStepId,
  async (input: { fulfillment_id: string; location_id: string | null; lines: ShippedLine[] }, { container }) => {
    const svc = container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)
    const done = await svc.listCostAllocations({ fulfillment_id: input.fulfillment_id })
    if (done.length || !input.lines.length) return new StepResponse({ takes: [] as LayerTake[], done })
    const layers = await openLayers(
      container,
      input.lines.map((s) => s.variant_id),
    )
    const takes = input.lines.flatMap((s) => {
      const open = layers.get(s.variant_id) ?? []
      const result = takeFifo(open, s.quantity, input.location_id ?? undefined)
      for (const t of result) {
        const l = open.find((x) => x.id === t.layer_id)
        if (l) l.remaining -= t.quantity
      }
      return result.map(
        (t): LayerTake => ({
          order_item_id: s.order_item_id,
          variant_id: s.variant_id,
          layer_id: t.layer_id,
          quantity: t.quantity,
          unit_cost: t.unit_cost,
          currency_code: open.find((x) => x.id === t.layer_id)?.currency_code ?? null,
        }),
      )
    })
    return new StepResponse({ takes, done })
  },
)
