import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { costLayers } from "../../../../../queries/stock/records"
import type { CostLayersQuery } from "../validators"

/** Staff: a SKU's FIFO cost layers, oldest first, with what is left of each. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { sku } = req.validatedQuery as z.infer<typeof CostLayersQuery>
  res.json({ layers: await costLayers(req.scope, sku) })
}
