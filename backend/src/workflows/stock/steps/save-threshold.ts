import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"
import type { StockVariant } from "../../../queries/stock/variants"

export const saveThresholdStepId = "ordo-save-low-stock-threshold"

/** Sets (or, with null, removes) a variant's low-stock threshold at a location; compensation restores it. */
export const saveThresholdStep = createStep(
  saveThresholdStepId,
  async (
    input: { variant: StockVariant & { inventory_item_id: string }; location_id: string; threshold: number | null },
    { container },
  ) => {
    const svc = container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)
    const [existing] = (await svc.listLowStockThresholds({
      inventory_item_id: input.variant.inventory_item_id,
      location_id: input.location_id,
    })) as any[]
    const before = existing ? { ...existing } : null
    if (input.threshold == null) {
      if (existing) await svc.deleteLowStockThresholds(existing.id)
      return new StepResponse(null, { before, created_id: null as string | null })
    }
    if (existing) {
      const row = await svc.updateLowStockThresholds({ id: existing.id, threshold: input.threshold })
      return new StepResponse(row as any, { before, created_id: null as string | null })
    }
    const row = await svc.createLowStockThresholds({
      inventory_item_id: input.variant.inventory_item_id,
      variant_id: input.variant.variant_id,
      sku: input.variant.sku,
      location_id: input.location_id,
      threshold: input.threshold,
    })
    return new StepResponse(row as any, { before, created_id: row.id as string | null })
  },
  async (prev, { container }) => {
    if (!prev) return
    const svc = container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)
    if (prev.created_id) await svc.deleteLowStockThresholds(prev.created_id)
    else if (prev.before) {
      const { id, threshold, alerted_at } = prev.before as any
      const [still] = await svc.listLowStockThresholds({ id })
      if (still) await svc.updateLowStockThresholds({ id, threshold, alerted_at } as any)
      else await svc.restoreLowStockThresholds([id])
    }
  },
)
