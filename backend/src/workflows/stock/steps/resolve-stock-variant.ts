import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stockLocations } from "../../../queries/stock/levels"
import { variantBySku } from "../../../queries/stock/variants"

export const resolveStockVariantStepId = "ordo-resolve-stock-variant"

/**
 * The stock-tracked variant a SKU names and the locations named, refusing (field named) an
 * unknown SKU, one that keeps no stock, an unknown location or a transfer to itself. Reads only.
 */
export const resolveStockVariantStep = createStep(
  resolveStockVariantStepId,
  async (input: { sku: string; locations: Record<string, string> }, { container }) => {
    const v = await variantBySku(container, input.sku)
    const known = new Set((await stockLocations(container)).map((l) => l.id))
    for (const [field, id] of Object.entries(input.locations)) {
      if (!known.has(id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no stock location ${id}`)
    }
    const { from_location_id: from, to_location_id: to } = input.locations
    if (from && to && from === to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "to_location_id: must differ from from_location_id")
    }
    return new StepResponse(v)
  },
)
