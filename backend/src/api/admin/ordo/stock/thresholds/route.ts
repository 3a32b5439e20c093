import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { setLowStockThresholdWorkflow } from "../../../../../workflows/stock/set-low-stock-threshold"
import type { ThresholdBody } from "../validators"

/** Staff: set (or with null remove) the low-stock threshold of a SKU at a location. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ThresholdBody>>, res: MedusaResponse) {
  const { result } = await setLowStockThresholdWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ threshold: result })
}
