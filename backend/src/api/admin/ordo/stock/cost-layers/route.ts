import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { toAmount } from "../../../../../domain/money"
import { stockControl } from "../../../../../lib/stock-control"

/** Staff: a SKU's FIFO cost layers, oldest first, with what is left of each. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sku = String(req.query.sku ?? "")
    .trim()
    .toUpperCase()
  if (!sku) throw new MedusaError(MedusaError.Types.INVALID_DATA, "sku: required")
  const layers = await stockControl(req.scope).listCostLayers(
    { sku },
    { relations: ["receipt"], order: { received_at: "ASC" }, take: 500 },
  )
  res.json({
    layers: (layers as any[]).map(({ receipt, ...l }) => ({
      ...l,
      unit_cost: toAmount(l.unit_cost, l.currency_code),
      supplier: receipt?.supplier ?? null,
      reference: receipt?.reference ?? null,
    })),
  })
}
