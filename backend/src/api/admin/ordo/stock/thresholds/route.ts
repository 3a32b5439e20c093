import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { setThreshold } from "../../../../../lib/stock-control"
import type { ThresholdBody } from "../validators"

/** Staff: set (or with null remove) the low-stock threshold of a SKU at a location. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ThresholdBody>>, res: MedusaResponse) {
  res.json({ threshold: await setThreshold(req.scope, req.validatedBody) })
}
